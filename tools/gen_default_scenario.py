#!/usr/bin/env python3
"""Writes scenarios/fuel-and-sovereignty.ron (12 turns, Jan-Dec 2025) and
scenarios/fuel-and-sovereignty-short.ron (6 turns, Mar-Aug 2025) from one source,
so the two variants never drift apart."""
import sys

import os
ROOT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")

VARIANTS = {
    "long": dict(file="fuel-and-sovereignty.ron", first=1, turns=12, start="2025-01",
                 id="fuel_and_sovereignty", p=dict(north=200, calm=40, alg_budget=200, nig_budget=270),
                 title="Fuel and Sovereignty: northern Mali, 2025",
                 summary="January to December 2025. The Algiers Accord is over, the Alliance of Sahel States is "
                         "formed, and the north of Mali lives on fuel that comes over the Algerian border. "
                         "Mali, Algeria and Niger each decide how to keep it flowing, or why to stop it."),
    "short": dict(file="fuel-and-sovereignty-short.ron", first=3, turns=6, start="2025-03",
                  id="fuel_and_sovereignty_short", p=dict(north=110, calm=25, alg_budget=135, nig_budget=200),
                  title="Fuel and Sovereignty: northern Mali, March to August 2025 (one class period)",
                  summary="Six months of 2025, from the eve of the drone incident near Tinzaouaten to the rainy "
                          "season. Mali, Algeria and Niger decide how fuel reaches the north of Mali."),
}


def build(v):
    first, turns = v["first"], v["turns"]
    last = first + turns - 1

    def T(month):
        """Turn number of a calendar month (1 = January 2025) in this variant."""
        return month - first + 1

    def in_game(month):
        return first <= month <= last

    long = first == 1
    P = v["p"]
    out = []
    w = out.append

    w(f"""// Fuel and Sovereignty: northern Mali, 2025 — Harmattan's default scenario{'' if long else ' (short classroom variant)'}.
//
// {'Twelve monthly turns, January to December 2025.' if long else 'Six monthly turns, March to August 2025: one class period. The 12-turn game is fuel-and-sovereignty.ron.'}
// The facts behind it (dates, places, distances, prices) are summarised in
// docs/history.md; disputed or uncertain points are marked in the text.
// Units: fuel stocks are in days of a region's normal consumption, prices in
// FCFA per litre of petrol, budgets in abstract points. A month of normal use
// is 30 days of stock, so a route of capacity 30 keeps a region level.
//
// Written to be even-handed: every government here has reasons for what it
// does, and the armed groups, Russia's Africa Corps, ECOWAS, Morocco and
// Mauritania act through events and region values rather than as seats.
Scenario(
    format: 1,
    meta: (
        id: "{v['id']}",
        title: "{v['title']}",
        summary: "{v['summary']}",
        author: "Harmattan team",
        locale: "en",
        calendar: (start: "{v['start']}", turn_length: Months(1), turns: {turns}),
    ),

    action_points: 3,

    variables: (
        faction: [
            (id: "treasury", name: "Budget", unit: "pts", min: 0, max: 400, initial: 60,
             description: "Money and political capital available for orders (abstract points)."),
            (id: "stability", name: "Stability", min: 0, max: 100, initial: 55,
             description: "How calm and confident the country is at home."),
            (id: "standing", name: "Standing", min: 0, max: 100, initial: 50,
             description: "Weight abroad: how far neighbours, the AU and the UN listen."),
        ],
        region: [
            (id: "fuel_stock", name: "Fuel stock", unit: "days", min: 0, max: 120, initial: 20,
             description: "Days of normal consumption held in the region. A month uses 30 at a normal price, less when fuel is dear."),
            (id: "fuel_price", name: "Petrol price", unit: "FCFA/l", min: 200, max: 8000, initial: 750, better: Lower,
             description: "Street price of a litre of petrol. About 750 is normal in Mali."),
            (id: "subsidy", name: "Price subsidy", unit: "FCFA/l", min: 0, max: 1500, initial: 0, better: Neither,
             description: "What the government pays to hold the price down. Fades by 150 a month."),
            (id: "security", name: "Security", min: 0, max: 100, initial: 50,
             description: "How safe roads and towns are (100 = fully safe)."),
            (id: "need", name: "Humanitarian need", min: 0, max: 100, initial: 30, better: Lower,
             description: "Share of people who need help to get by (0 = none, 100 = everyone)."),
        ],
    ),
""")

    # ------------------------------------------------------------------ factions
    mali_brief = (
        "You are the transitional government in Bamako. Since January 2024 the Algiers Accord is over: you "
        "ended it, saying the mediator, Algeria, was acting against you, and you want a peace made by "
        "Malians, without foreign mediators. With Burkina Faso and Niger you formed the Alliance of Sahel "
        "States (AES), and Russia's Africa Corps now works beside your army. Your forces took Kidal in "
        "November 2023, but the armed groups of the north (the Azawad Liberation Front, JNIM, the Islamic "
        "State Sahel) still hold the roads, and most petrol sold in Kidal, Gao and Timbuktu arrives informally "
        "over the Algerian border. In Gao a litre costs 1,600 to 2,000 FCFA, more than twice the normal "
        "price.\n\n"
        "Your interests: state authority across the north, fuel and calm in the northern towns, and partners "
        "who respect your choices. Your constraints: a thin budget, stocks that last days rather than months, "
        "and an army stretched along roads of 350 km and more. Asking Niger for fuel, rationing, subsidies, "
        "escorts, drones, talks with northern groups and a case at the International Court of Justice are "
        "all open to you; each has a price.\n\n"
        "Success: northern stocks that hold, security that improves, a calm country at the end of the game, "
        "and less hunger in the north (a goal you share with the other teams).")
    alg_brief = (
        "You are the government in Algiers. For decades you have mediated in northern Mali, and you led the "
        "talks behind the 2015 Algiers Accord, which Bamako ended in January 2024. Your doctrine is "
        "non-interference and a political solution found among Malians. You share a border of about 1,360 "
        "to 1,400 km with Mali (the figure varies by source), and you do not want foreign fighters or "
        "mercenaries operating beside it. You say Malian drones have crossed into your airspace more than "
        "once since August 2024.\n\n"
        "Your petrol is among the cheapest in the world (about 46 dinars a litre) because the state pays for "
        "it; a great deal leaks south over the border through Bordj Badji Mokhtar and Tinzaouaten, where "
        "whole communities live from that trade. Each litre that leaves is subsidy money spent on another "
        "country. Your border region's calm depends on both the trade and the patrols.\n\n"
        "Your options: tighten or tolerate the informal trade, reinforce the border, close or reopen your "
        "airspace, offer mediation, appeal to the African Union and the UN, invite Mali back into CEMOC, "
        "or even offer formal fuel sales.\n\n"
        "Success: a protected budget, a quiet and secure south, standing as the region's peacemaker, and "
        "less hunger in northern Mali (a goal shared by all three teams).")
    nig_brief = (
        "You are the government in Niamey. Since July 2023 you have been at odds with ECOWAS and close to "
        "Mali and Burkina Faso in the Alliance of Sahel States; some of your officials call northern Mali "
        "the AES's 'ninth region'. Your SORAZ refinery near Zinder (built for 20,000 barrels a day, about "
        "16,500 in practice, 60% owned by China's CNPC) is a strategic asset: in April 2024 your SONIDEP "
        "agreed to sell Mali 150 million litres of diesel a year.\n\n"
        "Your interests: refinery revenue, AES solidarity and your own people's fuel. Your constraints: the "
        "refinery sits about 900 km from Niamey, the home market comes first (you stopped petrol exports "
        "in May 2023 when it ran short), and the road north through Tillabéri and Ayorou to the Malian "
        "border, about 234 km, is where convoys are most at risk.\n\n"
        "Your options: propose and honour a fuel deal with Mali, raise the refinery's export share, escort "
        "convoys, secure Tillabéri, share intelligence, send fuel as a gift, or mediate between Mali and "
        "Algeria.\n\n"
        "Success: a healthy budget from exports, a supplied home market, a strong alliance with Mali, and "
        "less hunger in northern Mali (a goal shared by all three teams).")

    shared = ('(id: "relief", name: "Relief in the north (shared)", weight: 3, measure: Average,\n'
              '                 score: "100 - (kidal.need + gao.need + timbuktu.need + menaka.need + mopti.need) / 5",\n'
              '                 description: "Shared by all three teams: keep humanitarian need low in northern and central Mali, every month."),')

    w(f"""    factions: [
        (
            id: "mali",
            name: "Mali",
            colour: "yellow",
            briefing: "{mali_brief}",
            values: {{"treasury": 45, "stability": {55 if long else 50}, "standing": 40}},
            income: {{"treasury": "8 + self.stability / 10"}},
            objectives: [
                (id: "north_supplied", name: "Northern towns supplied", weight: 3, measure: Average,
                 score: "(kidal.fuel_stock + gao.fuel_stock + timbuktu.fuel_stock + menaka.fuel_stock) * 100 / {P["north"]}",
                 description: "Keep an average of {P["north"] // 4} days of fuel in Kidal, Gao, Timbuktu and Ménaka, every month."),
                (id: "authority", name: "State authority in the north", weight: 2,
                 score: "((kidal.security + gao.security + timbuktu.security + menaka.security) / 4 - 20) * 100 / 60",
                 description: "End with average security of 80 in the four northern regions (it starts near 33)."),
                (id: "calm", name: "A calm country", weight: 2, score: "(self.stability - {P["calm"]}) * 100 / {100 - P["calm"]}",
                 description: "End the game with stability of 100 (every point above {P["calm"]} counts)."),
                {shared}
            ],
        ),
        (
            id: "algeria",
            name: "Algeria",
            colour: "green",
            briefing: "{alg_brief}",
            values: {{"treasury": 120, "stability": 70, "standing": 55}},
            income: {{"treasury": "14"}},
            objectives: [
                (id: "budget", name: "Subsidies under control", weight: 2,
                 score: "(self.treasury - 20) * 100 / {P["alg_budget"]}",
                 description: "End with a budget of {P["alg_budget"] + 20} (it starts at 120; every point above 20 counts): every litre smuggled south is paid for by you."),
                (id: "quiet_south", name: "A quiet, secure south", weight: 2, measure: Average,
                 score: "(algeria_south.security - 40) * 100 / 60 - algeria_south.need / 2",
                 description: "Keep the border region secure and its people (many of whom live from cross-border trade) provided for."),
                (id: "peacemaker", name: "Standing as peacemaker", weight: 2,
                 score: "(self.standing - 50) * 100 / 45",
                 description: "End with standing of 95 (it starts at 55; every point above 50 counts): the region's problems are settled with your help."),
                {shared}
            ],
        ),
        (
            id: "niger",
            name: "Niger",
            colour: "cyan",
            briefing: "{nig_brief}",
            values: {{"treasury": 50, "stability": 55, "standing": 45}},
            income: {{"treasury": "8"}},
            objectives: [
                (id: "revenue", name: "Refinery revenue", weight: 2,
                 score: "(self.treasury - 50) * 100 / {P["nig_budget"]}",
                 description: "End with a budget of {P["nig_budget"] + 50} (it starts at 50), earned largely from fuel sales."),
                (id: "home_market", name: "Home market supplied", weight: 2, measure: Average,
                 score: "niamey.fuel_stock * 100 / 40",
                 description: "Keep 40 days of fuel in Niamey, every month."),
                (id: "alliance", name: "AES solidarity", weight: 2,
                 score: "relation(self, mali) - 50 + self.standing - 50",
                 description: "End with a close partnership with Mali and standing in the region."),
                {shared}
            ],
        ),
        (
            // The armed groups of the north are not a seat: they act through
            // events, region security and route risk. This faction exists so that
            // relations with them (talks, mediation) can be tracked.
            id: "northern_groups",
            name: "Northern armed movements (FLA)",
            colour: "magenta",
            playable: false,
        ),
    ],
""")

    # ------------------------------------------------------------------ regions
    # map: x 0-100 west to east, y 0-100 north to south; rough geography only.
    s = 1 if long else 0  # March starts a little tighter than January
    w(f"""    regions: [
        (id: "algiers", name: "Algiers", controller: "algeria", map: (66, 3),
         values: {{"fuel_stock": 60, "fuel_price": 250, "security": 90, "need": 5}}),
        (id: "algeria_south", name: "Tamanrasset & Bordj Badji Mokhtar", controller: "algeria", map: (56, 26),
         values: {{"fuel_stock": 60, "fuel_price": 250, "security": 60, "need": 20}}),
        (id: "kidal", name: "Kidal", controller: "mali", map: (54, 44),
         values: {{"fuel_stock": {25 if long else 22}, "fuel_price": 1150, "security": 30, "need": 40}}),
        (id: "timbuktu", name: "Timbuktu", controller: "mali", map: (30, 56),
         values: {{"fuel_stock": {30 if long else 27}, "fuel_price": 850, "security": 45, "need": 45}}),
        (id: "gao", name: "Gao", controller: "mali", map: (49, 60),
         values: {{"fuel_stock": {15 if long else 13}, "fuel_price": 1750, "security": 35, "need": 45}}),
        (id: "menaka", name: "Ménaka", controller: "mali", map: (62, 64),
         values: {{"fuel_stock": {10 if long else 8}, "fuel_price": 2350, "security": 20, "need": 55}}),
        (id: "mopti", name: "Mopti", controller: "mali", map: (33, 72),
         values: {{"fuel_stock": 28, "fuel_price": 950, "security": 40, "need": 40}}),
        (id: "bamako", name: "Bamako", controller: "mali", map: (17, 88),
         values: {{"fuel_stock": 30, "fuel_price": 750, "security": 70, "need": 20}}),
        (id: "niamey", name: "Niamey (and Tillabéri)", controller: "niger", map: (62, 82),
         values: {{"fuel_stock": 30, "fuel_price": 540, "security": 50, "need": 30}}),
        (id: "zinder", name: "Zinder (SORAZ refinery)", controller: "niger", map: (88, 84),
         values: {{"fuel_stock": 40, "fuel_price": 520, "security": 65, "need": 25}}),
        (id: "coast", name: "Coastal ports (Dakar, Abidjan)", map: (2, 82),
         values: {{"fuel_stock": 60, "fuel_price": 700, "security": 80, "need": 15}}),
    ],
""")

    # ------------------------------------------------------------------ routes
    w("""    // Routes move fuel stock each turn, in this order. A route that `drains_source`
    // takes what it carries from the region it leaves; the others start at a
    // supplier that does not run dry within the game.
    routes: [
        (id: "soraz_niamey", name: "SORAZ refinery – Niamey (about 900 km)", from: "zinder", to: "niamey",
         carries: "fuel_stock", capacity: 60, risk: 5, loss: 30),
        // The informal trade from Algeria: one border crossing (Tinzaouaten) and
        // three destinations. Closing the trade closes all three.
        (id: "algerian_corridor", name: "Bordj Badji Mokhtar – Tinzaouaten – Kidal (informal trade)",
         from: "algeria_south", to: "kidal", carries: "fuel_stock", capacity: 25, risk: 10, loss: 40,
         drains_source: false),
        (id: "corridor_gao", name: "Tinzaouaten – Kidal – Gao (350–400 km from Kidal)", from: "algeria_south", to: "gao",
         carries: "fuel_stock", capacity: 16, risk: 15, loss: 40, drains_source: false),
        (id: "corridor_timbuktu", name: "Tinzaouaten – Kidal – Timbuktu", from: "algeria_south", to: "timbuktu",
         carries: "fuel_stock", capacity: 20, risk: 20, loss: 40, drains_source: false),
        (id: "niger_corridor", name: "Niamey – Tillabéri – Ayorou – Gao (N1)", from: "niamey", to: "gao",
         carries: "fuel_stock", capacity: 6, risk: 20, loss: 50),
        (id: "niamey_menaka", name: "Niamey – Ménaka road", from: "niamey", to: "menaka",
         carries: "fuel_stock", capacity: 4, risk: 35, loss: 50),
        (id: "gao_menaka", name: "Gao – Ménaka", from: "gao", to: "menaka",
         carries: "fuel_stock", capacity: 10, risk: 30, loss: 50),
        (id: "southern_corridor", name: "Coastal ports – Bamako (Dakar and Abidjan corridors)",
         from: "coast", to: "bamako", carries: "fuel_stock", capacity: 80, risk: 3, loss: 30,
         drains_source: false),
        (id: "bamako_mopti", name: "Bamako – Mopti", from: "bamako", to: "mopti",
         carries: "fuel_stock", capacity: 48, risk: 8, loss: 30),
        (id: "mopti_timbuktu", name: "Mopti – Timbuktu", from: "mopti", to: "timbuktu",
         carries: "fuel_stock", capacity: 10, risk: 25, loss: 50),
        (id: "mopti_gao", name: "Mopti – Gao (RN16)", from: "mopti", to: "gao",
         carries: "fuel_stock", capacity: 8, risk: 25, loss: 50),
    ],

    relations: [
""")
    w(f"""        (between: ("mali", "algeria"), value: {-35 if long else -40}),
        (between: ("mali", "niger"), value: 60),
        (between: ("algeria", "niger"), value: 0),
        (between: ("mali", "northern_groups"), value: -60),
        (between: ("algeria", "northern_groups"), value: 10),
        (between: ("niger", "northern_groups"), value: -20),
    ],

    flags: [
        (id: "algiers_accord", name: "Algiers Accord in force", value: false,
         description: "The 2015 peace accord, mediated by Algeria. Mali ended it on 25 January 2024."),
        (id: "mali_in_cemoc", name: "Mali takes part in CEMOC", value: true,
         description: "The joint staff committee of Algeria, Mali, Mauritania and Niger (Tamanrasset, 2010); often called not operational."),
        (id: "amb_mali_algeria", name: "Ambassadors present (Mali–Algeria)", value: true),
        (id: "amb_niger_algeria", name: "Ambassadors present (Niger–Algeria)", value: true),
        (id: "algeria_airspace_open", name: "Algerian airspace open to Malian flights", value: true),
        (id: "mali_airspace_open", name: "Malian airspace open to Algerian flights", value: true),
        (id: "niger_fuel_deal", name: "Niger–Mali fuel agreement for the north", value: false,
         description: "Quantities and prices of Nigerien fuel for northern Mali (the real terms were not published)."),
        (id: "aes_solidarity", name: "AES solidarity", value: true,
         description: "Mali, Burkina Faso and Niger act together in the Alliance of Sahel States."),
        (id: "formal_fuel_sales", name: "Formal Algerian fuel sales to Mali", value: false,
         description: "Counterfactual: no such contract existed in 2025."),
        (id: "drone_ops_border", name: "Malian drones operating near the Algerian border", value: false),
        (id: "drone_incident", name: "Drone downed near Tinzaouaten", value: false),
        (id: "icj_case", name: "Mali's case at the International Court of Justice", value: false),
        (id: "refinery_outage", name: "SORAZ refinery outage", value: false),
        (id: "blockade", name: "Fuel blockade of the southern corridor", value: false),
        (id: "rains", name: "Rainy season on the roads", value: false),
        (id: "talks_open", name: "Talks under way with northern groups", value: false),
        (id: "rationing", name: "Fuel rationing in force in Mali", value: false),
        (id: "trade_capped", name: "Algerian cap on southbound fuel", value: false),
        (id: "border_reinforced", name: "Algerian border reinforced", value: false),
        (id: "appeal_made", name: "Algerian appeal before the AU and UN", value: false),
        (id: "mali_escort", name: "Malian army escorting convoys", value: false),
        (id: "niger_escort", name: "Nigerien army escorting convoys", value: false),
        (id: "drone_cooldown", name: "Drone squadron refitting", value: false),
        (id: "tillaberi_ops", name: "Nigerien operation in Tillabéri", value: false),
        (id: "intel_shared", name: "Niger sharing intelligence with Mali", value: false),
        (id: "africa_corps_ops", name: "Joint operation with the Africa Corps", value: false),
        (id: "solidarity_call", name: "AES solidarity appeal under way", value: false),
        (id: "aid_sent", name: "Algerian relief convoys under way", value: false),
        (id: "mediation_tried", name: "Nigerien mediation recently tried", value: false),
    ],
""")

    # ------------------------------------------------------------------ actions
    w("""
    actions: [
        // ================= Diplomatic =================
        (
            id: "recall_ambassador", name: "Recall ambassador", category: Diplomatic,
            description: "A public protest: recall your ambassador for consultations. Rallies opinion at home; costs standing and relations. Only once relations are already bad (below -40).",
            factions: ["mali", "algeria", "niger"], target: Faction,
            requires: [
                ("(self == algeria or target == algeria) and target != northern_groups", "Ambassadors are recalled only between Algeria and Mali or Niger."),
                ("relation(self, target) < -40 or flag.drone_incident", "Relations are not bad enough for a recall: they must be below −40, or a drone must have been downed."),
                ("if(self == niger or target == niger, flag.amb_niger_algeria, flag.amb_mali_algeria)", "The ambassador has already been recalled."),
            ],
            on_success: [
                "flag.amb_mali_algeria = if(self == niger or target == niger, flag.amb_mali_algeria, false)",
                "flag.amb_niger_algeria = if(self == niger or target == niger, false, flag.amb_niger_algeria)",
                "relation(self, target) -= 10", "self.stability += 4", "self.standing -= 3",
            ],
            news_success: "{self} recalls its ambassador from {target} for consultations.",
        ),
        (
            id: "restore_ambassador", name: "Send the ambassador back", category: Diplomatic,
            description: "Restore normal diplomatic contact. More likely to be welcomed when relations are less bad.",
            factions: ["mali", "algeria", "niger"], target: Faction, cost: {"treasury": 3},
            requires: [
                ("(self == algeria or target == algeria) and target != northern_groups", "Ambassadors are exchanged only between Algeria and Mali or Niger."),
                ("not if(self == niger or target == niger, flag.amb_niger_algeria, flag.amb_mali_algeria)", "The ambassadors are already in place."),
            ],
            chance: "clamp(55 + relation(self, target) / 2, 10, 90)",
            on_success: [
                "flag.amb_mali_algeria = if(self == niger or target == niger, flag.amb_mali_algeria, true)",
                "flag.amb_niger_algeria = if(self == niger or target == niger, true, flag.amb_niger_algeria)",
                "relation(self, target) += 12", "self.standing += 4",
            ],
            on_failure: ["relation(self, target) -= 3"],
            news_success: "{self} and {target} exchange ambassadors again.",
            news_failure: "{target} is not ready to receive {self}'s ambassador.",
        ),
        (
            id: "offer_mediation", name: "Offer mediation in the north", category: Diplomatic,
            description: "Offer to help Bamako and the northern movements talk, if Mali formally asks (as Algeria said in July 2025). Mali must accept next turn.",
            factions: ["algeria"], target: Faction, cost: {"treasury": 5},
            requires: [
                ("target == mali", "Only Mali can be offered mediation."),
                ("not flag.talks_open", "Talks with the northern groups are already under way."),
            ],
            consent: true,
            on_success: [
                "flag.talks_open = true", "relation(mali, northern_groups) += 15", "relation(algeria, mali) += 10",
                "kidal.security += 8", "algeria.standing += 10", "mali.standing += 3", "mali.stability -= 3",
            ],
            on_decline: ["algeria.standing += 3", "relation(algeria, mali) -= 2"],
            news_success: "{target} accepts {self}'s offer to help talks with the northern movements.",
        ),
        (
            id: "appeal_au_un", name: "Appeal to the AU and the UN", category: Diplomatic,
            description: "Put your case (border incidents, mercenaries near the border) before the African Union and the UN.",
            factions: ["algeria"], cost: {"treasury": 5},
            requires: [
                ("not flag.appeal_made", "Algeria's appeal before the AU and the UN is still under way."),
            ],
            chance: "70",
            on_success: ["algeria.standing += 6", "relation(algeria, mali) -= 5", "flag.appeal_made = true"],
            on_failure: ["algeria.standing -= 2"],
            duration: 3,
            on_end: ["flag.appeal_made = false"],
            news_success: "{self} takes its concerns to the African Union and the UN.",
            news_failure: "{self}'s appeal finds little echo in Addis Ababa and New York.",
        ),
        (
            id: "invite_cemoc", name: "Invite Mali back into CEMOC", category: Diplomatic,
            description: "Offer Mali a seat again in the joint staff committee at Tamanrasset. Mali must accept next turn.",
            factions: ["algeria"], target: Faction, cost: {"treasury": 4},
            requires: [
                ("target == mali", "Only Mali can be invited back into CEMOC."),
                ("not flag.mali_in_cemoc", "Mali already takes part in CEMOC."),
            ],
            consent: true,
            on_success: [
                "flag.mali_in_cemoc = true", "relation(algeria, mali) += 12", "algeria_south.security += 6",
                "kidal.security += 5", "algeria.standing += 5", "mali.stability -= 2",
            ],
            on_decline: ["relation(algeria, mali) -= 3"],
            news_success: "Mali takes its seat again in CEMOC.",
        ),
        (
            id: "leave_cemoc", name: "Leave CEMOC", category: Diplomatic,
            description: "Withdraw from the joint staff committee with Algeria (as Mali did on 6 April 2025). Popular at home; the border becomes harder to watch.",
            factions: ["mali"], requires: [
                ("flag.mali_in_cemoc", "Mali has already left CEMOC."),
                ("relation(mali, algeria) < -40", "Relations with Algeria are not bad enough to leave CEMOC: they must be below −40."),
            ],
            on_success: [
                "flag.mali_in_cemoc = false", "mali.stability += 5", "relation(mali, algeria) -= 8",
                "algeria_south.security -= 5", "mali.standing -= 2",
            ],
            news_success: "{self} withdraws from CEMOC, the joint staff committee based in Tamanrasset.",
        ),
        (
            id: "ask_niger_fuel", name: "Ask Niger for fuel", category: Diplomatic,
            description: "Ask Niger for a supply agreement for the north, at a price. Niger must accept next turn.",
            factions: ["mali"], target: Faction, cost: {"treasury": 5},
            requires: [
                ("target == niger", "Only Niger can be asked for fuel."),
                ("not flag.niger_fuel_deal", "A fuel agreement with Niger is already in force."),
            ],
            consent: true, agreement: "niger_fuel",
            on_success: [
                "flag.niger_fuel_deal = true", "niger_corridor.capacity += 16", "niamey_menaka.capacity += 6",
                "relation(mali, niger) += 10", "mali.treasury -= 10", "niger.treasury += 15", "niger.standing += 4",
            ],
            on_decline: ["relation(mali, niger) -= 5"],
            news_success: "Niger agrees to supply northern Mali with fuel.",
        ),
        (
            id: "propose_fuel_deal", name: "Propose a fuel deal to Mali", category: Diplomatic,
            description: "Offer fuel for northern Mali through Ayorou and Ménaka, with agreed quantities and prices (as in Niamey on 16 May 2025). Mali must accept next turn.",
            factions: ["niger"], target: Faction,
            requires: [
                ("target == mali", "The fuel deal can only be proposed to Mali."),
                ("not flag.niger_fuel_deal", "A fuel agreement with Mali is already in force."),
            ],
            consent: true, agreement: "niger_fuel",
            on_success: [
                "flag.niger_fuel_deal = true", "niger_corridor.capacity += 16", "niamey_menaka.capacity += 6",
                "relation(mali, niger) += 10", "mali.treasury -= 10", "niger.treasury += 15", "niger.standing += 4",
            ],
            on_decline: ["relation(mali, niger) -= 3"],
            news_success: "Mali and Niger sign a fuel agreement for the north of Mali.",
        ),
        (
            id: "mediate", name: "Mediate between Mali and Algeria", category: Diplomatic,
            description: "Niger, close to Mali and a neighbour of Algeria, offers good offices. Harder when relations are very bad.",
            factions: ["niger"], cost: {"treasury": 4},
            requires: [
                ("relation(mali, algeria) < 10", "Mali and Algeria get on well enough without a mediator (relations of 10 or more)."),
                ("not flag.mediation_tried", "Niger tried to mediate recently and must wait before trying again."),
            ],
            chance: "clamp(50 + relation(mali, algeria) / 2, 15, 80)",
            on_success: ["relation(mali, algeria) += 12", "niger.standing += 6", "relation(niger, algeria) += 5", "flag.mediation_tried = true"],
            on_failure: ["niger.standing -= 1", "flag.mediation_tried = true"],
            duration: 2,
            on_end: ["flag.mediation_tried = false"],
            news_success: "Nigerien good offices calm the quarrel between Mali and Algeria.",
            news_failure: "Nigerien good offices between Mali and Algeria come to nothing.",
        ),
        (
            id: "aes_solidarity_call", name: "Call on AES solidarity", category: Diplomatic,
            description: "A joint statement and visits between AES capitals. Closer ties; Algeria reads it as a bloc against it.",
            factions: ["mali", "niger"], requires: [
                ("flag.aes_solidarity", "The Alliance of Sahel States no longer acts together."),
                ("not flag.solidarity_call", "An AES solidarity appeal is already under way."),
            ],
            on_success: ["relation(mali, niger) += 6", "self.standing += 2", "self.stability += 2", "relation(self, algeria) -= 3", "flag.solidarity_call = true"],
            duration: 2,
            on_end: ["flag.solidarity_call = false"],
            news_success: "{self} calls on its AES partners to stand together.",
        ),
        (
            id: "talks_northern_groups", name: "Open talks with northern groups", category: Diplomatic,
            description: "A Malian-led dialogue with some northern movements, without foreign mediators. Uncertain; hard-liners on both sides object.",
            factions: ["mali"], cost: {"treasury": 5},
            requires: [
                ("not flag.talks_open", "Talks with the northern groups are already under way."),
            ],
            chance: "clamp(35 + relation(mali, northern_groups) / 3 + mali.stability / 4, 10, 75)",
            on_success: ["flag.talks_open = true", "relation(mali, northern_groups) += 15", "kidal.security += 8", "corridor_gao.risk -= 5", "mali.stability -= 2", "mali.standing += 3"],
            on_failure: ["relation(mali, northern_groups) -= 5", "mali.stability -= 2"],
            news_success: "{self} opens talks with northern movements.",
            news_failure: "{self}'s overture to northern movements is rejected.",
        ),
        (
            id: "icj_filing", name: "Take the drone dispute to the ICJ", category: Diplomatic,
            description: "File a case at the International Court of Justice over the downed drone (Mali did so on 16 September 2025). Only after the incident.",
            factions: ["mali"], cost: {"treasury": 6},
            requires: [
                ("flag.drone_incident", "There is no case to bring: no drone has been downed."),
                ("not flag.icj_case", "Mali's case is already before the Court."),
            ],
            on_success: ["flag.icj_case = true", "mali.standing += 5", "mali.stability += 3", "relation(mali, algeria) -= 8"],
            news_success: "{self} files a case against Algeria at the International Court of Justice.",
        ),

        // ================= Energy =================
        (
            id: "tighten_trade", name: "Tighten the informal fuel trade", category: Energy,
            description: "Stop subsidised fuel and goods heading south through Bordj Badji Mokhtar. Saves subsidy money; the border economy and northern Mali suffer. (That Algeria did this in April 2025 rests on a single chain of reports.)",
            factions: ["algeria"], target: Route, cost: {"treasury": 3},
            requires: [
                ("target == algerian_corridor", "Only the crossing at Bordj Badji Mokhtar can be handled this way."),
                ("target.open", "The border trade is already stopped."),
            ],
            on_success: ["target.open = false", "corridor_gao.open = false", "corridor_timbuktu.open = false", "algeria_south.security += 4", "relation(algeria, mali) -= 8", "relation(algeria, northern_groups) -= 5"],
            news_success: "{self} closes {target} to the informal fuel trade.",
        ),
        (
            id: "tolerate_trade", name: "Tolerate the informal fuel trade", category: Energy,
            description: "Let the border trade run again. The south's traders and northern Mali breathe; the subsidy bill returns.",
            factions: ["algeria"], target: Route,
            requires: [
                ("target == algerian_corridor", "Only the crossing at Bordj Badji Mokhtar can be handled this way."),
                ("not target.open", "The border trade is already running."),
            ],
            on_success: ["target.open = true", "corridor_gao.open = true", "corridor_timbuktu.open = true", "relation(algeria, mali) += 4", "algeria_south.need -= 3"],
            news_success: "{self} lets the informal trade through {target} again.",
        ),
        (
            id: "cap_trade", name: "Cap the fuel going south", category: Energy,
            description: "A middle way: customs let less through without closing the border.",
            factions: ["algeria"], target: Route, cost: {"treasury": 2},
            requires: [
                ("target == algerian_corridor", "Only the crossing at Bordj Badji Mokhtar can be handled this way."),
                ("target.open", "The border trade is stopped: there is nothing to cap."),
                ("not flag.trade_capped", "The fuel going south is already capped."),
            ],
            on_success: ["flag.trade_capped = true", "target.capacity -= 10", "corridor_gao.capacity -= 6", "corridor_timbuktu.capacity -= 8"],
            news_success: "{self} caps the fuel crossing on {target}.",
        ),
        (
            id: "ease_cap", name: "Ease the cap on southbound fuel", category: Energy,
            description: "Let more fuel cross again, up to the usual volume.",
            factions: ["algeria"], target: Route,
            requires: [
                ("target == algerian_corridor", "Only the crossing at Bordj Badji Mokhtar can be handled this way."),
                ("flag.trade_capped", "There is no cap on southbound fuel to ease."),
            ],
            on_success: ["flag.trade_capped = false", "target.capacity += 10", "corridor_gao.capacity += 6", "corridor_timbuktu.capacity += 8", "relation(algeria, mali) += 2"],
            news_success: "{self} eases the cap on {target}.",
        ),
        (
            id: "formal_fuel_sales", name: "Offer formal fuel sales to Mali", category: Energy,
            description: "Counterfactual: sell fuel to Mali at a fair price through an official channel. The trade would then earn instead of costing subsidies. Mali must accept next turn.",
            factions: ["algeria"], target: Faction, cost: {"treasury": 4},
            requires: [
                ("target == mali", "Formal fuel sales can only be offered to Mali."),
                ("not flag.formal_fuel_sales", "Formal fuel sales to Mali are already agreed."),
                ("relation(algeria, mali) > -40", "Relations with Mali are too bad for a sales contract: they must be above −40."),
            ],
            consent: true,
            on_success: ["flag.formal_fuel_sales = true", "algerian_corridor.open = true", "corridor_gao.open = true", "corridor_timbuktu.open = true", "relation(algeria, mali) += 15", "mali.treasury -= 8", "algeria.treasury += 10", "algeria.standing += 4"],
            on_decline: ["relation(algeria, mali) -= 3"],
            news_success: "Algeria and Mali agree on official fuel sales.",
        ),
        (
            id: "ration_fuel", name: "Ration fuel", category: Energy,
            description: "Limit sales per vehicle across Mali for two months. Stocks last longer; people resent it.",
            factions: ["mali"], requires: [
                ("not flag.rationing", "Fuel rationing is already in force."),
            ],
            on_success: ["mali.stability -= 3", "flag.rationing = true"],
            duration: 2,
            ongoing: ["kidal.fuel_stock += 5", "gao.fuel_stock += 5", "timbuktu.fuel_stock += 5", "menaka.fuel_stock += 5", "mopti.fuel_stock += 4", "bamako.fuel_stock += 4"],
            on_end: ["flag.rationing = false"],
            news_success: "{self} rations fuel sales.",
        ),
        (
            id: "subsidise_fuel", name: "Subsidise fuel", category: Energy,
            description: "Pay part of the price in a region. The subsidy fades by 150 FCFA a month.",
            factions: ["mali", "niger"], target: Region, cost: {"treasury": 10},
            requires: [
                ("controls(self, target)", "You can subsidise fuel only in a region you control."),
                ("target.subsidy < 300", "Fuel there is already subsidised."),
            ],
            on_success: ["target.subsidy += 600", "target.need -= 3"],
            news_success: "{self} subsidises fuel in {target}.",
        ),
        (
            id: "buy_coastal_fuel", name: "Buy extra fuel on the coast", category: Energy,
            description: "Pay for an extra convoy from Dakar or Abidjan to Bamako and Mopti.",
            factions: ["mali"], cost: {"treasury": 12},
            requires: [
                ("southern_corridor.open", "The southern corridor from the coast is closed."),
            ],
            chance: "100 - southern_corridor.risk",
            on_success: ["bamako.fuel_stock += 10", "mopti.fuel_stock += 8"],
            on_failure: ["bamako.fuel_stock += 3"],
            news_success: "{self} buys an extra convoy of fuel on the coast.",
            news_failure: "{self}'s extra convoy from the coast is attacked on the way.",
        ),
        (
            id: "raise_export", name: "Raise the refinery's export share", category: Energy,
            description: "Send more of SORAZ's output north to Mali. Earns money; less stays for Niger's own market.",
            factions: ["niger"], requires: [
                ("niger_corridor.capacity < 30", "The refinery already sends Mali all the road can carry."),
                ("soraz_niamey.open", "The road from the refinery to Niamey is closed."),
            ],
            on_success: ["niger_corridor.capacity += 6", "niger.treasury += 4", "relation(niger, mali) += 3"],
            news_success: "{self} raises the refinery's export allocation for Mali.",
        ),
        (
            id: "protect_home_market", name: "Put the home market first", category: Energy,
            description: "Cut exports to keep Niamey supplied, as Niger did in May 2023.",
            factions: ["niger"], requires: [
                ("niger_corridor.capacity >= 14", "Exports to Mali are already at their lowest."),
            ],
            on_success: ["niger_corridor.capacity -= 8", "relation(niger, mali) -= 4", "niger.stability += 2"],
            news_success: "{self} cuts fuel exports to protect its own market.",
        ),
        (
            id: "fuel_gift", name: "Send a fuel convoy as a gift", category: Energy,
            description: "A convoy of tankers to Mali at Niger's expense (as in November 2025, when 82 tankers reached Bamako).",
            factions: ["niger"], cost: {"treasury": 12},
            requires: [
                ("niamey.fuel_stock >= 10", "Niamey has too little fuel to spare: it needs at least 10 days of stock."),
            ],
            on_success: ["niamey.fuel_stock -= 10", "gao.fuel_stock += 8", "bamako.fuel_stock += 6", "relation(niger, mali) += 8", "niger.standing += 3"],
            news_success: "{self} sends a convoy of fuel to Mali as a gift.",
        ),
        (
            id: "refinery_repair", name: "Emergency repair at SORAZ", category: Energy,
            description: "Bring in engineers and parts to end an outage at the refinery.",
            factions: ["niger"], cost: {"treasury": 10},
            requires: [
                ("flag.refinery_outage", "The refinery is running: there is nothing to repair."),
            ],
            chance: "70",
            on_success: ["flag.refinery_outage = false"],
            news_success: "{self} gets the refinery running again.",
            news_failure: "Repairs at the refinery take longer than hoped.",
        ),

        // ================= Security =================
        (
            id: "drone_ops", name: "Drone operations in the north", category: Security,
            description: "Strike armed groups from the air. Raises security; near Kidal it brings drones close to the Algerian border.",
            factions: ["mali"], target: Region, cost: {"treasury": 6},
            requires: [
                ("target == kidal or target == gao or target == timbuktu or target == menaka", "Drone operations are possible only around Kidal, Gao, Timbuktu and Ménaka."),
                ("not flag.drone_cooldown", "The drone squadron is refitting after its last operation."),
            ],
            chance: "70",
            on_success: ["target.security += 8", "relation(mali, northern_groups) -= 8", "flag.drone_ops_border = target == kidal or flag.drone_ops_border", "flag.drone_cooldown = true"],
            on_failure: ["target.need += 2", "relation(mali, northern_groups) -= 3"],
            duration: 2,
            on_end: ["flag.drone_cooldown = false"],
            news_success: "{self}'s drones strike armed groups around {target}.",
            news_failure: "A Malian drone strike near {target} hits the wrong target, according to local sources.",
        ),
        (
            id: "escort_convoys", name: "Escort convoys", category: Security,
            description: "Put soldiers on a fuel route for two months: less risk of attack.",
            factions: ["mali", "niger"], target: Route, cost: {"treasury": 6},
            requires: [
                ("if(self == mali, target != soraz_niamey and target != niamey_menaka and target != algerian_corridor, target == niger_corridor or target == niamey_menaka or target == soraz_niamey)", "Your army escorts convoys only on routes it can reach."),
                ("target.open", "The route is closed."),
                ("target.risk >= 10", "The route is safe enough without an escort."),
                ("not if(self == mali, flag.mali_escort, flag.niger_escort)", "Your army is already escorting convoys."),
            ],
            chance: "85",
            on_success: ["target.risk -= 10", "flag.mali_escort = if(self == mali, true, flag.mali_escort)", "flag.niger_escort = if(self == niger, true, flag.niger_escort)"],
            on_failure: ["self.stability -= 2"],
            duration: 2,
            on_end: ["target.risk += 10", "flag.mali_escort = if(self == mali, false, flag.mali_escort)", "flag.niger_escort = if(self == niger, false, flag.niger_escort)"],
            news_success: "{self} escorts fuel convoys on {target}.",
            news_failure: "An escorted convoy on {target} is ambushed.",
        ),
        (
            id: "africa_corps_ops", name: "Joint operation with the Africa Corps", category: Security,
            description: "A ground operation with Russia's Africa Corps around Gao and Ménaka. Algeria objects to foreign fighters near its border.",
            factions: ["mali"], cost: {"treasury": 8},
            requires: [
                ("not flag.africa_corps_ops", "A joint operation with the Africa Corps is already under way."),
            ],
            chance: "60",
            on_success: ["gao.security += 6", "menaka.security += 6", "relation(mali, algeria) -= 4", "flag.africa_corps_ops = true"],
            on_failure: ["menaka.need += 3"],
            duration: 2,
            on_end: ["flag.africa_corps_ops = false"],
            news_success: "Malian troops and the Africa Corps push armed groups back around Gao and Ménaka.",
            news_failure: "A joint operation around Ménaka stalls.",
        ),
        (
            id: "close_airspace", name: "Close airspace to the other", category: Security,
            description: "Close your airspace to the other's aircraft (Algeria and Mali did so on 7 April 2025). Only when relations are bad.",
            factions: ["mali", "algeria"], target: Faction,
            requires: [
                ("target == mali or target == algeria", "Airspace is closed only between Mali and Algeria."),
                ("relation(self, target) < -40", "Relations are not bad enough to close the airspace: they must be below −40."),
                ("if(self == algeria, flag.algeria_airspace_open, flag.mali_airspace_open)", "Your airspace is already closed to them."),
            ],
            on_success: [
                "flag.algeria_airspace_open = if(self == algeria, false, flag.algeria_airspace_open)",
                "flag.mali_airspace_open = if(self == mali, false, flag.mali_airspace_open)",
                "self.stability += 2", "relation(self, target) -= 6", "self.standing -= 2",
            ],
            news_success: "{self} closes its airspace to {target}.",
        ),
        (
            id: "reopen_airspace", name: "Reopen airspace", category: Security,
            description: "Let the other's aircraft fly over you again.",
            factions: ["mali", "algeria"], target: Faction,
            requires: [
                ("target == mali or target == algeria", "Airspace is reopened only between Mali and Algeria."),
                ("not if(self == algeria, flag.algeria_airspace_open, flag.mali_airspace_open)", "Your airspace is already open to them."),
            ],
            on_success: [
                "flag.algeria_airspace_open = if(self == algeria, true, flag.algeria_airspace_open)",
                "flag.mali_airspace_open = if(self == mali, true, flag.mali_airspace_open)",
                "relation(self, target) += 6", "self.standing += 2",
            ],
            news_success: "{self} reopens its airspace to {target}.",
        ),
        (
            id: "reinforce_border", name: "Reinforce the southern border", category: Security,
            description: "More troops and patrols around Bordj Badji Mokhtar and Tinzaouaten for two months.",
            factions: ["algeria"], cost: {"treasury": 8},
            requires: [
                ("not flag.border_reinforced", "The southern border is already reinforced."),
            ],
            on_success: ["algeria_south.security += 8", "algerian_corridor.risk += 10", "flag.border_reinforced = true"],
            duration: 2,
            on_end: ["algerian_corridor.risk -= 10", "flag.border_reinforced = false"],
            news_success: "{self} reinforces its southern border.",
        ),
        (
            id: "relief_convoys", name: "Send relief convoys south", category: Security,
            description: "Food and medicine for border communities on both sides, escorted by the army (Algeria has sent such aid before).",
            factions: ["algeria"], cost: {"treasury": 8},
            requires: [
                ("not flag.aid_sent", "Relief convoys are already on their way."),
            ],
            on_success: ["kidal.need -= 6", "algeria_south.need -= 4", "algeria.standing += 3", "flag.aid_sent = true"],
            duration: 2,
            on_end: ["flag.aid_sent = false"],
            news_success: "{self} sends relief convoys to the border communities.",
        ),
        (
            id: "secure_tillaberi", name: "Secure the Tillabéri road", category: Security,
            description: "An operation along the N1 through Tillabéri, where convoys to Mali are most exposed.",
            factions: ["niger"], cost: {"treasury": 6},
            requires: [
                ("not flag.tillaberi_ops", "An operation in Tillabéri is already under way."),
            ],
            chance: "70",
            on_success: ["niamey.security += 6", "niger_corridor.risk -= 5", "flag.tillaberi_ops = true"],
            on_failure: ["niger.stability -= 2"],
            duration: 2,
            on_end: ["niger_corridor.risk += 5", "flag.tillaberi_ops = false"],
            news_success: "{self} clears the road through Tillabéri.",
            news_failure: "{self}'s operation in Tillabéri meets stiff resistance.",
        ),
        (
            id: "share_intelligence", name: "Share intelligence with Mali", category: Security,
            description: "Pass on what Niger's services know about armed groups near Ménaka and Gao.",
            factions: ["niger"], requires: [
                ("not flag.intel_shared", "Niger is already sharing intelligence with Mali."),
                ("flag.aes_solidarity", "Without AES solidarity, Niger does not share intelligence."),
            ],
            on_success: ["menaka.security += 5", "gao.security += 3", "relation(niger, mali) += 4", "flag.intel_shared = true"],
            duration: 2,
            on_end: ["flag.intel_shared = false"],
            news_success: "{self} shares intelligence with Mali on armed groups in the border zone.",
        ),
    ],
""")

    # ------------------------------------------------------------------ events
    ev = []
    # (month or None, text). month None = conditional/unscheduled; kept in both variants.
    ev.append((1, f"""        (
            id: "ecowas_exit", title: "The AES states leave ECOWAS",
            text: "On 29 January 2025 the exit of Mali, Burkina Faso and Niger from ECOWAS takes effect. A transition period runs to 29 July, with Senegal and Togo mediating; the coastal ports Mali depends on keep trading for now.",
            turn: {T(1)},
            effects: ["southern_corridor.risk += 2", "mali.stability += 2", "niger.stability += 2"],
        ),"""))
    ev.append((2, f"""        (
            id: "harmattan_dust", title: "Harmattan dust slows convoys",
            text: "Weeks of thick dust from the Sahara ground trucks on the desert tracks. Deliveries to Kidal and Gao fall behind.",
            turn: {T(2)},
            effects: ["kidal.fuel_stock -= 6", "gao.fuel_stock -= 4", "timbuktu.fuel_stock -= 3"],
        ),"""))
    ev.append((None, f"""        (
            id: "drone_downed", title: "Drone downed near Tinzaouaten",
            text: "A Malian drone (reportedly a Turkish-made Akinci) is shot down near Tinzaouaten. Algeria says it was armed and had flown more than 2 km into Algerian airspace, after earlier incursions; Mali says the wreckage lay 9.5 km inside Mali and calls it an aggression. The facts are disputed.",
            when: "flag.drone_ops_border and turn >= {max(1, T(3))}",
            chance: "clamp(50 - relation(mali, algeria), 40, 95)",
            effects: ["flag.drone_incident = true", "flag.drone_ops_border = false", "relation(mali, algeria) -= 20", "kidal.security -= 3"],
            choice: (
                faction: "mali",
                prompt: "How does Mali answer?",
                options: [
                    (id: "denounce", label: "Denounce an aggression, together with the AES",
                     effects: ["mali.stability += 5", "relation(mali, algeria) -= 10", "relation(mali, niger) += 4"]),
                    (id: "joint_inquiry", label: "Protest, but propose a joint technical inquiry (counterfactual)",
                     effects: ["relation(mali, algeria) += 8", "mali.stability -= 3", "mali.standing += 3"]),
                ],
            ),
        ),"""))
    ev.append((None, """        (
            id: "ambush_kidal_road", title: "Tanker convoy ambushed between Kidal and Gao",
            text: "Gunmen stop and burn tankers on the desert road south of Kidal. Each side blames the other.",
            when: "kidal.security < 40 and corridor_gao.flow > 0",
            chance: "25",
            repeat: Cooldown(2),
            effects: ["gao.fuel_stock -= 5", "kidal.security -= 3", "corridor_gao.risk += 5"],
        ),"""))
    ev.append((None, """        (
            id: "ambush_tillaberi", title: "Attack on a convoy in Tillabéri",
            text: "Armed men attack a fuel convoy on the N1 north of Niamey. Drivers hesitate to take the road.",
            when: "niger_corridor.flow > 4 and niamey.security < 60",
            chance: "25",
            repeat: Cooldown(2),
            effects: ["niamey.security -= 4", "niger.stability -= 2", "gao.fuel_stock -= 4"],
        ),"""))
    ev.append((None, """        (
            id: "gao_protest", title: "Protests over fuel prices in Gao",
            text: "Moto-taxi drivers and traders block the streets of Gao over the price of petrol.",
            when: "gao.fuel_price > 2800",
            repeat: Cooldown(2),
            effects: ["mali.stability -= 5", "gao.security -= 3"],
        ),"""))
    ev.append((None, """        (
            id: "refinery_breakdown", title: "Breakdown at the SORAZ refinery",
            text: "A technical fault cuts output at the refinery near Zinder. Engineers from the operator are on their way.",
            when: "not flag.refinery_outage and turn >= 2",
            chance: "12",
            repeat: Cooldown(4),
            effects: ["flag.refinery_outage = true", "zinder.fuel_stock -= 15"],
        ),"""))
    ev.append((None, """        (
            id: "refinery_restart", title: "SORAZ back in service",
            text: "The refinery near Zinder is producing again.",
            when: "flag.refinery_outage",
            chance: "45",
            repeat: Always,
            effects: ["flag.refinery_outage = false"],
        ),"""))
    if in_game(7):
        ev.append((7, f"""        (
            id: "rains_begin", title: "The rainy season cuts roads",
            text: "Heavy rains wash out sections of the roads to Gao, Timbuktu and Ménaka. Trucks wait for the water to go down.",
            turn: {T(7)},
            effects: ["flag.rains = true", "mopti_gao.capacity -= 4", "mopti_timbuktu.capacity -= 4", "niger_corridor.capacity -= 4", "gao_menaka.capacity -= 4"],
        ),"""))
    if in_game(10):
        ev.append((10, f"""        (
            id: "rains_end", title: "The roads dry out",
            text: "The rains are over; repaired roads carry trucks again.",
            turn: {T(10)},
            when: "flag.rains",
            effects: ["flag.rains = false", "mopti_gao.capacity += 4", "mopti_timbuktu.capacity += 4", "niger_corridor.capacity += 4", "gao_menaka.capacity += 4"],
        ),"""))
    if in_game(6):
        ev.append((6, f"""        (
            id: "wagner_leaves", title: "Wagner leaves; the Africa Corps stays",
            text: "The Wagner group announces the end of its mission in Mali. Russia's state-run Africa Corps, largely made up of former Wagner men, stays in the regional capitals and Bamako.",
            turn: {T(6)},
            effects: ["kidal.security -= 3", "menaka.security -= 2", "relation(mali, algeria) += 3"],
        ),"""))
    if in_game(7):
        ev.append((7, f"""        (
            id: "aes_summit", title: "AES ministers meet on energy",
            text: "Ministers of the Alliance of Sahel States meet on fuel and electricity for member states. (Illustrative: the date is chosen for play.)",
            turn: {T(7)},
            when: "flag.aes_solidarity",
            effects: ["relation(mali, niger) += 3"],
            choice: (
                faction: "niger",
                prompt: "What does Niger put on the table?",
                options: [
                    (id: "home_first", label: "Explain that the home market must come first",
                     effects: ["niger.stability += 2", "relation(mali, niger) -= 3"]),
                    (id: "pledge", label: "Pledge more fuel for northern Mali",
                     effects: ["niger_corridor.capacity += 4", "relation(mali, niger) += 6", "niger.standing += 3"]),
                ],
            ),
        ),"""))
    ev.append((None, """        (
            id: "humanitarian_appeal", title: "UN humanitarian appeal for northern Mali",
            text: "Aid agencies warn that fuel shortages are shutting water pumps, clinics and markets in the north of Mali.",
            when: "(kidal.need + gao.need + timbuktu.need + menaka.need) / 4 > 60",
            repeat: Cooldown(4),
            effects: ["algeria.standing -= 2", "mali.standing -= 2"],
            choice: (
                faction: "algeria",
                prompt: "How does Algeria respond to the appeal?",
                options: [
                    (id: "statement", label: "Call for humanitarian access in a statement",
                     effects: ["algeria.standing += 1"]),
                    (id: "corridor", label: "Open a humanitarian fuel window at the border",
                     effects: ["kidal.fuel_stock += 10", "kidal.need -= 5", "algeria.treasury -= 8", "algeria.standing += 5", "relation(algeria, mali) += 5"]),
                ],
            ),
        ),"""))
    if in_game(9):
        ev.append((9, f"""        (
            id: "southern_blockade", title: "JNIM declares a fuel blockade",
            text: "On 3 September JNIM announces a blockade of fuel on the Kayes and Nioro roads from Senegal and Mauritania. Tankers are burned; queues form in Bamako.",
            turn: {T(9)},
            effects: ["flag.blockade = true", "southern_corridor.capacity -= 30", "southern_corridor.risk += 15", "bamako.security -= 8"],
            choice: (
                faction: "mali",
                prompt: "How does Mali respond?",
                options: [
                    (id: "escorts", label: "Escort tanker columns with the army",
                     effects: ["southern_corridor.risk -= 10", "mali.treasury -= 10"]),
                    (id: "ration", label: "Ration sales and save stocks",
                     effects: ["bamako.fuel_stock += 6", "mali.stability -= 4"]),
                ],
            ),
        ),"""))
    if in_game(11):
        ev.append((11, f"""        (
            id: "schools_close", title: "Schools close for lack of fuel",
            text: "With buses and generators idle, the government closes schools and universities across the country for two weeks.",
            turn: {T(11)},
            when: "bamako.fuel_stock < 15",
            effects: ["mali.stability -= 6", "bamako.need += 5"],
        ),"""))
    ev.append((None, """        (
            id: "icj_response", title: "Algeria answers the ICJ filing",
            text: "The Court asks Algeria whether it accepts its jurisdiction in the drone case; a state must consent for the case to go ahead.",
            when: "flag.icj_case",
            choice: (
                faction: "algeria",
                prompt: "Does Algeria accept the Court's jurisdiction?",
                options: [
                    (id: "refuse", label: "Refuse jurisdiction and call the case a manoeuvre (as Algeria did on 19 September 2025)",
                     effects: ["algeria.stability += 2", "algeria.standing -= 2"]),
                    (id: "accept", label: "Accept and argue the facts before the Court (counterfactual)",
                     effects: ["algeria.standing += 5", "relation(algeria, mali) += 6", "algeria.stability -= 2"]),
                ],
            ),
        ),"""))
    ev.append((None, """        (
            id: "morocco_atlantic", title: "Morocco's Atlantic offer",
            text: "Morocco renews its Atlantic Initiative: port access for the Sahel states through a corridor to the ocean. Algeria, at odds with Morocco over Western Sahara, watches closely.",
            when: "turn >= 2",
            chance: "15",
            effects: ["relation(mali, algeria) -= 2"],
            choice: (
                faction: "mali",
                prompt: "How does Mali receive the offer?",
                options: [
                    (id: "study", label: "Welcome it politely and study it",
                     effects: ["mali.standing += 1"]),
                    (id: "embrace", label: "Embrace it publicly",
                     effects: ["mali.standing += 4", "relation(mali, algeria) -= 6", "mali.stability += 1"]),
                ],
            ),
        ),"""))
    ev.append((None, """        (
            id: "fla_offensive", title: "Fighting around Kidal",
            text: "Fighters of the Azawad Liberation Front attack army positions between Kidal and the Algerian border.",
            when: "kidal.security < 35 and relation(mali, northern_groups) < -30",
            chance: "20",
            repeat: Cooldown(3),
            effects: ["kidal.security -= 6", "algerian_corridor.risk += 5", "algeria_south.security -= 3", "kidal.need += 4"],
        ),"""))
    ev.append((None, """        (
            id: "menaka_pressure", title: "Islamic State Sahel tightens its grip on Ménaka",
            text: "The Islamic State Sahel controls most of rural Ménaka and raids the roads into town. Families flee to the regional capital.",
            when: "menaka.security < 25",
            chance: "25",
            repeat: Cooldown(3),
            effects: ["menaka.need += 6", "menaka.security -= 3", "gao_menaka.risk += 5"],
        ),"""))
    ev.append((None, """        (
            id: "mauritania_refugees", title: "More refugees cross into Mauritania",
            text: "Families from the Timbuktu region arrive at the Mbera camp in Mauritania, already home to more than 110,000 refugees. Nouakchott asks for help.",
            when: "timbuktu.need > 60",
            chance: "30",
            repeat: Cooldown(4),
            effects: ["mali.standing -= 2", "timbuktu.need -= 3"],
        ),"""))
    ev.append((None, """        (
            id: "smuggling_seizure", title: "Customs seize fuel at the border",
            text: "Algerian customs seize trucks of fuel near Bordj Badji Mokhtar. Traders in Kidal say prices will go up again.",
            when: "algerian_corridor.open and algeria_south.security > 55",
            chance: "20",
            repeat: Cooldown(3),
            effects: ["kidal.fuel_stock -= 5", "algeria.treasury += 4"],
        ),"""))
    ev.append((None, """        (
            id: "border_trade_strain", title: "Traders in the Algerian south protest",
            text: "With the border trade stopped, traders and drivers in Bordj Badji Mokhtar and Tamanrasset protest the loss of their living.",
            when: "not algerian_corridor.open",
            chance: "30",
            repeat: Cooldown(3),
            effects: ["algeria_south.security -= 4", "algeria.stability -= 2"],
        ),"""))
    ev.append((None, """        (
            id: "convoy_reaches_gao", title: "An escorted convoy reaches Gao",
            text: "Dozens of tankers from Niamey reach Gao under Nigerien, then Malian, escort. (About 40 tankers made such a trip around 1 May 2025.)",
            when: "flag.niger_fuel_deal and flag.niger_escort",
            chance: "60",
            repeat: Cooldown(3),
            effects: ["gao.fuel_stock += 6", "menaka.fuel_stock += 3", "relation(mali, niger) += 3"],
        ),"""))

    w("\n    events: [\n")
    w("\n".join(t for m, t in ev if m is None or in_game(m)))
    w("\n    ],\n")

    # ------------------------------------------------------------------ rules
    malian = "(self == kidal or self == gao or self == timbuktu or self == menaka or self == mopti or self == bamako)"
    w(f"""
    // Rules run every turn after orders and route flows, in this order.
    rules: [
        (id: "consumption", description: "Each region in Mali and Niger burns a month of fuel; when fuel is dear, people buy less (Zinder, beside the refinery, uses little).",
         each: Regions, when: "controls(mali, self) or controls(niger, self)",
         effects: ["self.fuel_stock -= if(self == zinder, 15, if(controls(niger, self), 30 * 600 / max(600, self.fuel_price), 30 * 900 / max(900, self.fuel_price)))"]),
        (id: "refinery", description: "SORAZ refills Zinder; an outage cuts output to a third.",
         effects: ["zinder.fuel_stock += if(flag.refinery_outage, 20, 60)"]),
        (id: "price_mali", description: "In Mali the price follows stock and insecurity, less any subsidy.",
         each: Regions, when: "controls(mali, self)",
         effects: ["self.fuel_price = clamp(44000 / (self.fuel_stock + 8) - 400 + (60 - self.security) * 8 - self.subsidy, 700, 8000)"]),
        (id: "price_niger", description: "In Niger the price is regulated and moves less.",
         each: Regions, when: "controls(niger, self)",
         effects: ["self.fuel_price = clamp(15000 / (self.fuel_stock + 10) + 180 - self.subsidy, 450, 3000)"]),
        (id: "onward_trade", description: "Traders in Bamako send north what the capital can spare.",
         effects: ["bamako_mopti.capacity = clamp(bamako.fuel_stock + 10, 10, 45)"]),
        (id: "subsidy_fades", description: "Subsidies fade unless renewed.",
         each: Regions, effects: ["self.subsidy -= 150"]),
        (id: "need", description: "Need rises when fuel is short or dear and the roads unsafe; it eases when fuel is plentiful.",
         each: Regions, when: "controls(mali, self) or controls(niger, self)",
         effects: ["self.need += if(self.fuel_stock < 6, 7, if(self.fuel_stock < 15, 3, -3)) + if(self.fuel_price > 3000, 2, 0) + (35 - self.security) / 15"]),
        (id: "border_economy", description: "The Algerian south lives partly from the border trade: closing it hurts, reopening helps.",
         effects: ["algeria_south.need += if(algerian_corridor.open, -1, 3)", "algeria_south.security += if(algerian_corridor.open, 0, -1) + if(flag.mali_in_cemoc, 1, 0)"]),
        (id: "insecurity", description: "Where fuel runs out, armed groups gain ground; the rainy season slows everyone.",
         each: Regions, when: "{malian}",
         effects: ["self.security += if(self.fuel_stock < 5, -2, 0) + if(self.security < 20, 1, 0)"]),
        (id: "subsidy_bill", description: "Every litre that crosses into Mali informally is paid for by Algerian subsidies (formal sales pay their way).",
         effects: ["algeria.treasury -= if(flag.formal_fuel_sales, 0, (algerian_corridor.flow + corridor_gao.flow + corridor_timbuktu.flow) / 5)"]),
        (id: "export_earnings", description: "Niger earns from what it sends north; more under an agreement.",
         effects: ["niger.treasury += (niger_corridor.flow + niamey_menaka.flow) * if(flag.niger_fuel_deal, 2, 1) / 4"]),
        (id: "mali_stability", description: "Malian stability follows need in the north and the price in Bamako.",
         effects: ["mali.stability += (45 - (kidal.need + gao.need + timbuktu.need + menaka.need + mopti.need) / 5) / 6 + (1000 - bamako.fuel_price) / 500"]),
        (id: "niger_stability", description: "Nigerien stability follows the home market.",
         effects: ["niger.stability += if(niamey.fuel_stock < 10, -4, if(niamey.fuel_stock < 20, -1, 1))"]),
        (id: "algeria_stability", description: "Algerian stability follows the south.",
         effects: ["algeria.stability += (algeria_south.security - 55) / 10"]),
        (id: "attention_fades", description: "Standing abroad fades back towards 50 unless renewed.",
         each: Factions, effects: ["self.standing -= (self.standing - 50) / 8"]),
        (id: "aes_ties", description: "AES solidarity keeps Mali and Niger close.",
         when: "flag.aes_solidarity", effects: ["relation(mali, niger) += 1"]),
        (id: "diplomatic_channels", description: "Without ambassadors or with closed airspace, quarrels fester; with them, they ease.",
         effects: ["relation(mali, algeria) += if(flag.amb_mali_algeria, 1, -1) + if(flag.algeria_airspace_open and flag.mali_airspace_open, 1, 0)"]),
        (id: "drift", description: "Relations drift slowly back towards neutral.",
         each: Pairs,
         effects: ["relation(self, target) += if(relation(self, target) < -5, 1, if(relation(self, target) > 5, -1, 0))"]),
    ],
)
""")
    return "".join(out)


for v in VARIANTS.values():
    path = f"{ROOT}/scenarios/{v['file']}"
    with open(path, "w") as f:
        f.write(build(v))
    print("wrote", path)
