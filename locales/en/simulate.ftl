# The output of `harmattan simulate`: its summary, --compare, --watch,
# shards and merges (`simulate-…` keys). Ids (factions, variables, actions)
# stay as the modder wrote them; --json output stays English.
