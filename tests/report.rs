//! The after-action report: a fixed tutorial game (scripted orders, fixed
//! seed, six turns) rendered as Markdown (snapshot), HTML, CSV and JSON, and
//! `harmattan report` on a save file.

use assert_cmd::Command;
use harmattan::engine::state::{GameState, PendingKind};
use harmattan::engine::{Answer, FactionOrders, Order, Response, TurnOrders, new_game, resolve_turn};
use harmattan::i18n::Lang;
use harmattan::report::{AfterAction, Format, export};
use harmattan::save::{Loaded, Save, Seat};
use harmattan::scenario::Scenario;

const SEED: u64 = 2025;

fn scenario(text: &str) -> Scenario {
    harmattan::scenario::load("scenarios/tutorial.ron", text.as_bytes()).scenario.expect("the scenario validates")
}

/// The orders each faction queues on each turn: every mechanic the report shows
/// (secret orders, a refused order, a proposal declined then accepted, delayed
/// and lasting effects, an event choice).
fn script(turn: u32) -> Vec<(&'static str, &'static str, Option<&'static str>)> {
    match turn {
        1 => vec![
            ("kesh", "ration_fuel", Some("kesh_north")),
            ("kesh", "covert_raid", None),
            ("tarsa", "tighten_border_trade", Some("salt_road")),
            ("tarsa", "patrol_border", None),
            ("oru", "propose_supply_deal", Some("kesh")),
            ("oru", "subsidise_fuel", Some("kesh_north")),
        ],
        2 => vec![
            ("kesh", "recall_ambassador", Some("tarsa")),
            ("kesh", "subsidise_fuel", Some("kesh_capital")),
            ("tarsa", "tolerate_border_trade", Some("salt_road")),
            ("tarsa", "covert_raid", None),
            ("oru", "escort_convoys", Some("south_road")),
        ],
        3 => vec![
            ("kesh", "restore_ambassador", Some("tarsa")),
            ("kesh", "escort_convoys", Some("salt_road")),
            ("tarsa", "patrol_border", None),
            ("tarsa", "tighten_border_trade", Some("salt_road")),
            ("oru", "propose_supply_deal", Some("kesh")),
        ],
        4 => vec![
            ("kesh", "ration_fuel", Some("kesh_capital")),
            ("tarsa", "covert_raid", None),
            ("oru", "subsidise_fuel", Some("kesh_north")),
        ],
        5 => vec![
            ("kesh", "covert_raid", None),
            ("kesh", "subsidise_fuel", Some("kesh_north")),
            ("tarsa", "tolerate_border_trade", Some("salt_road")),
            ("oru", "escort_convoys", Some("river_road")),
        ],
        _ => vec![
            ("kesh", "ration_fuel", Some("kesh_north")),
            ("tarsa", "patrol_border", None),
            ("oru", "subsidise_fuel", Some("oru_port")),
        ],
    }
}

/// Kesh declines the first supply deal and accepts the second; Tarsa closes
/// the road when a border incident asks on an even turn.
fn answers(state: &GameState) -> Vec<(usize, Answer)> {
    state
        .pending
        .iter()
        .filter_map(|p| {
            let response = match p.kind {
                PendingKind::Proposal { .. } if state.turn >= 4 => Response::Accept,
                PendingKind::Proposal { .. } => Response::Decline,
                PendingKind::Choice { .. } if state.turn.is_multiple_of(2) => Response::Choose("close".into()),
                PendingKind::Choice { .. } => return None,
            };
            Some((p.faction, Answer { pending: p.id, response }))
        })
        .collect()
}

fn orders_for(scn: &Scenario, state: &GameState) -> TurnOrders {
    let mut all = TurnOrders::default();
    for (index, f) in scn.factions.iter().enumerate().filter(|(_, f)| f.playable) {
        let orders = script(state.turn)
            .into_iter()
            .filter(|(who, _, _)| *who == f.id)
            .map(|(_, action, target)| Order { action: action.into(), target: target.map(Into::into) })
            .collect();
        let answers = answers(state).into_iter().filter(|(who, _)| *who == index).map(|(_, a)| a).collect();
        all.set(f.id.clone(), FactionOrders { orders, answers });
    }
    all
}

/// The whole scripted game as a save.
fn played(text: &str) -> Loaded {
    played_with(scenario(text))
}

/// The scripted game played in `lang`: the tutorial with its built-in
/// translation, so that names, news and the engine's sentences are all in it.
fn played_in(lang: Lang) -> Loaded {
    let text = harmattan::scenario::TUTORIAL.as_bytes();
    let translation = harmattan::scenario::built_in_translation(text, lang);
    let loaded = harmattan::scenario::load_in("scenarios/tutorial.ron", text, None, lang, translation);
    let scn = loaded.scenario.expect("the translated tutorial validates");
    assert_eq!(scn.lang, lang);
    played_with(scn)
}

fn played_with(scn: Scenario) -> Loaded {
    let seats = vec![
        ("kesh".to_string(), Seat::Human),
        ("tarsa".to_string(), Seat::Human),
        ("oru".to_string(), Seat::Ai(harmattan::engine::ai::AiKind::Greedy)),
    ];
    let mut save = Save::new("scenarios/tutorial.ron", &scn, SEED, seats, "2025-11-24 09:00:00".into());
    let mut state = new_game(&scn, SEED);
    while !state.is_over() {
        let orders = orders_for(&scn, &state);
        let report = resolve_turn(&scn, &mut state, &orders);
        save.record(orders, report, &state);
        assert!(save.turns.len() <= 6, "the tutorial lasts six turns");
    }
    assert_eq!(save.turns.len(), 6);
    Loaded { save, scenario: scn }
}

fn tutorial_game() -> Loaded {
    played(harmattan::scenario::TUTORIAL)
}

/// The tutorial with markup in names, as a stranger's scenario might have.
fn hostile_game() -> Loaded {
    let text = harmattan::scenario::TUTORIAL
        .replace("name: \"Kesh\"", "name: \"<b>Kesh</b> & Co\"")
        .replace("name: \"Northern Kesh\"", "name: \"North <script>alert(1)</script>\"")
        .replace("title: \"Harmattan dust storm\"", "title: \"Dust <i>storm</i>\"");
    assert_ne!(text, harmattan::scenario::TUTORIAL);
    played(&text)
}

#[test]
fn markdown_report_of_a_fixed_game() {
    let md = export(&tutorial_game(), Format::Markdown);
    insta::assert_snapshot!("tutorial_report_md", md);
}

#[test]
fn french_and_arabic_reports_of_the_same_game() {
    for (lang, name) in [(Lang::Fr, "tutorial_report_md_fr"), (Lang::Ar, "tutorial_report_md_ar")] {
        let loaded = played_in(lang);
        let report = AfterAction::build(&loaded);
        assert_eq!(report.lang, lang);
        assert!(report.warnings.is_empty(), "{lang}: the game re-plays as played: {:?}", report.warnings);
        let md = report.render(Format::Markdown);
        insta::assert_snapshot!(name, md);
    }
}

#[test]
fn a_report_is_written_in_the_language_asked_for_whatever_the_game_was_played_in() {
    let loaded = tutorial_game();
    let french = harmattan::report::export_in(&loaded, Format::Markdown, Lang::Fr);
    assert!(french.starts_with("# Rapport après action\u{202F}: The Salt Road (tutorial)"), "{}", &french[..200]);
    assert!(french.contains("## Questions pour le débriefing"));
    assert!(french.contains("| Équipes | Kesh — équipe, Tarsa — équipe, Oru — IA (gloutonne) |"), "{french}");
    // The news lines are the ones the players read, in the game's own language.
    assert!(french.contains("> Kesh"), "the English news is kept");
    let english = AfterAction::build(&loaded);
    let json: serde_json::Value = serde_json::from_str(&english.to_json()).expect("valid JSON");
    assert_eq!(json["lang"], "en");
}

#[test]
fn html_pages_declare_their_language_and_direction() {
    let english = export(&tutorial_game(), Format::Html);
    assert!(english.contains("<html lang=\"en\" dir=\"ltr\">"), "{}", &english[..300]);
    let french = AfterAction::build(&played_in(Lang::Fr)).render(Format::Html);
    assert!(french.contains("<html lang=\"fr\" dir=\"ltr\">"));
    assert!(french.contains("<h2>Questions pour le débriefing</h2>"));
    let arabic = AfterAction::build(&played_in(Lang::Ar)).render(Format::Html);
    assert!(arabic.contains("<html lang=\"ar\" dir=\"rtl\">"), "{}", &arabic[..300]);
    assert!(arabic.contains("'Noto Naskh Arabic'"), "a font stack that has Arabic");
    assert!(arabic.contains("direction=\"rtl\""), "the charts run right to left");
    assert!(!arabic.contains(['\u{200E}', '\u{200F}', '\u{202A}', '\u{202B}', '\u{2066}', '\u{2067}', '\u{2068}']));
    assert!(!arabic.contains("border-left") && !arabic.contains("text-align: left"), "logical CSS properties only");
    for page in [&english, &french, &arabic] {
        assert_well_formed(page);
    }
}

#[test]
fn arabic_charts_are_mirrored_time_running_from_the_right() {
    let report = AfterAction::build(&played_in(Lang::Ar));
    let html = report.render(Format::Html);
    // The first chart's first polyline: the start of the game is its rightmost point.
    let points = html.split("<polyline points=\"").nth(1).and_then(|rest| rest.split('"').next()).expect("a line");
    let xs: Vec<f64> = points.split(' ').filter_map(|p| p.split(',').next()).filter_map(|x| x.parse().ok()).collect();
    assert!(xs.len() > 2 && xs.windows(2).all(|w| w[0] > w[1]), "x falls with time: {xs:?}");
    let english = export(&tutorial_game(), Format::Html);
    let points = english.split("<polyline points=\"").nth(1).and_then(|rest| rest.split('"').next()).expect("a line");
    let first: f64 = points.split(',').next().and_then(|x| x.parse().ok()).expect("a number");
    assert!(first < 100.0, "in English time runs from the left: {points}");
}

#[test]
fn the_csv_header_and_kinds_follow_the_language() {
    let csv = AfterAction::build(&played_in(Lang::Fr)).render(Format::Csv);
    assert_eq!(csv.lines().next(), Some("tour,date,type,entité,variable,valeur"));
    assert!(csv.lines().any(|r| r.starts_with("1,janvier 2025,région,")), "{}", &csv[..300]);
}

#[test]
fn the_report_reveals_secret_orders_and_whether_they_were_detected() {
    let report = AfterAction::build(&tutorial_game());
    let secrets: Vec<&str> = report
        .timeline
        .iter()
        .flat_map(|t| t.sides.iter().flat_map(|s| &s.items))
        .filter_map(|i| i.secret.as_deref())
        .collect();
    assert!(secrets.len() >= 3, "{secrets:?}");
    assert!(secrets.iter().all(|s| s.starts_with("secret, ")));
    assert!(report.warnings.is_empty(), "{:?}", report.warnings);
    assert!((5..=8).contains(&report.questions.len()), "{:?}", report.questions);
    let md = report.render(Format::Markdown);
    assert!(md.contains("declined Oru's proposal"), "a question about the declined proposal");
}

#[test]
fn series_end_where_the_game_ended() {
    let loaded = tutorial_game();
    let report = AfterAction::build(&loaded);
    let scn = &loaded.scenario;
    assert_eq!(report.points.len(), 7);
    let stock = report.indicator("region.fuel_stock").expect("fuel stock");
    let north = stock.series.iter().find(|s| s.id == "kesh_north").expect("northern kesh");
    let var = scn.region_vars.iter().position(|v| v.id == "fuel_stock").expect("var");
    let region = scn.regions.iter().position(|r| r.id == "kesh_north").expect("region");
    assert_eq!(north.values.last().copied(), Some(loaded.save.state.region_var(region, var)));
    let score = report.indicator("score").expect("scores");
    for (s, f) in score.series.iter().zip(&report.scores.factions) {
        assert_eq!(s.values.last().copied(), Some(f.total), "{}", s.name);
    }
}

fn opening_tags(html: &str) -> usize {
    html.matches("<svg").count()
}

/// Checks that every element opened is closed, in order (void elements written as `<x/>`).
fn assert_well_formed(html: &str) {
    let mut stack: Vec<String> = Vec::new();
    let mut rest = html;
    while let Some(at) = rest.find('<') {
        rest = &rest[at + 1..];
        let end = rest.find('>').expect("every tag is closed with >");
        let tag = &rest[..end];
        rest = &rest[end + 1..];
        if tag.starts_with('!') {
            continue;
        }
        if let Some(name) = tag.strip_prefix('/') {
            let open = stack.pop().unwrap_or_else(|| panic!("</{name}> closes nothing"));
            assert_eq!(open, name.trim(), "</{name}> closes <{open}>");
        } else if !tag.ends_with('/') {
            let name: String = tag.chars().take_while(|c| c.is_ascii_alphanumeric()).collect();
            assert!(!name.is_empty(), "a bare < in the text: <{tag}>");
            stack.push(name);
        }
        assert!(!tag.contains('<'), "a < inside a tag: {tag}");
    }
    assert!(stack.is_empty(), "left open: {stack:?}");
}

#[test]
fn html_report_is_self_contained_escaped_and_charts_every_indicator() {
    let loaded = hostile_game();
    let report = AfterAction::build(&loaded);
    let html = report.render(Format::Html);
    let scn = &loaded.scenario;
    // One chart per region variable, faction variable, relations, and scores.
    let expected = scn.region_vars.len() + scn.faction_vars.len() + 2;
    assert_eq!(report.indicators.len(), expected);
    assert_eq!(opening_tags(&html), expected);
    assert!(!html.to_lowercase().contains("<script"), "no scripts, even from scenario text");
    assert!(!html.contains("<b>Kesh") && !html.contains("<i>storm"));
    assert!(html.contains("&lt;b&gt;Kesh&lt;/b&gt; &amp; Co"));
    assert!(html.contains("Dust &lt;i&gt;storm&lt;/i&gt;"));
    assert!(!html.contains("http://") && !html.contains("https://") && !html.contains("src="), "no external resources");
    assert!(html.contains("@media print"));
    assert!(html.contains("stroke-dasharray"), "lines differ by dash as well as colour");
    assert_well_formed(&html);
    // Legends name the entities.
    assert!(html.contains("Kesh City") && html.contains("Tarsa"));
}

#[test]
fn csv_has_a_row_per_turn_entity_and_variable() {
    let loaded = tutorial_game();
    let report = AfterAction::build(&loaded);
    let csv = report.render(Format::Csv);
    let mut lines = csv.lines();
    assert_eq!(lines.next(), Some("turn,date,entity_kind,entity,variable,value"));
    let scn = &loaded.scenario;
    let n = scn.factions.len();
    let playable = scn.factions.iter().filter(|f| f.playable).count();
    let per_turn = scn.region_vars.len() * scn.regions.len() + scn.faction_vars.len() * n + n * (n - 1) / 2 + playable;
    let rows: Vec<&str> = lines.collect();
    assert_eq!(rows.len(), 6 * per_turn);
    assert!(rows.iter().all(|r| r.split(',').count() == 6), "no field needs quoting here");
    assert!(rows.iter().any(|r| r.starts_with("1,January 2025,region,Northern Kesh,Fuel stock,")));
    assert!(rows.iter().any(|r| r.starts_with("6,June 2025,pair,Kesh–Tarsa,Relations,")));
    let hostile = AfterAction::build(&hostile_game()).render(Format::Csv);
    assert!(hostile.contains(",faction,<b>Kesh</b> & Co,"), "{}", &hostile[..400]);
}

#[test]
fn json_parses_and_holds_the_scores() {
    let json = export(&tutorial_game(), Format::Json);
    let value: serde_json::Value = serde_json::from_str(&json).expect("valid JSON");
    let factions = value["scores"]["factions"].as_array().expect("scores");
    assert_eq!(factions.len(), 3);
    assert!(factions.iter().all(|f| f["total"].is_i64() && f["objectives"].is_array()));
    assert_eq!(value["timeline"].as_array().map(Vec::len), Some(6));
    assert!(value["questions"].as_array().is_some_and(|q| q.len() >= 5));
}

#[test]
fn formats_parse_from_their_names() {
    assert_eq!(Format::parse("md"), Some(Format::Markdown));
    assert_eq!(Format::parse("HTML"), Some(Format::Html));
    assert_eq!(Format::parse("csv"), Some(Format::Csv));
    assert_eq!(Format::parse("json"), Some(Format::Json));
    assert_eq!(Format::parse("pdf"), None);
    assert_eq!(Format::Html.extension(), "html");
}

#[test]
fn cli_writes_every_format_and_refuses_a_bad_save() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("game.ron");
    harmattan::save::write(&path, &tutorial_game().save).expect("save written");

    let out = Command::cargo_bin("harmattan").expect("binary").arg("report").arg(&path).assert().success();
    let md = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
    assert!(md.starts_with("# After-action report: The Salt Road (tutorial)"), "{md}");

    let html_path = dir.path().join("report.html");
    Command::cargo_bin("harmattan")
        .expect("binary")
        .args(["report", "--format", "html", "-o"])
        .arg(&html_path)
        .arg(&path)
        .assert()
        .success();
    let html = std::fs::read_to_string(&html_path).expect("written");
    assert!(html.starts_with("<!DOCTYPE html>") && html.trim_end().ends_with("</html>"));
    assert!(!dir.path().join("report.html.tmp").exists());

    for format in ["csv", "json"] {
        let out =
            Command::cargo_bin("harmattan").expect("binary").args(["report", "--format", format]).arg(&path).assert();
        assert!(!out.success().get_output().stdout.is_empty());
    }

    let bad = dir.path().join("bad.ron");
    std::fs::write(&bad, "Save(format: 1, scenario_file: ").expect("written");
    let out = Command::cargo_bin("harmattan").expect("binary").arg("report").arg(&bad).assert().code(1);
    let err = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
    assert!(err.contains("bad.ron"), "{err}");

    let missing = dir.path().join("nope.ron");
    let target = dir.path().join("never.md");
    Command::cargo_bin("harmattan")
        .expect("binary")
        .arg("report")
        .arg(&missing)
        .arg("-o")
        .arg(&target)
        .assert()
        .code(3);
    assert!(!target.exists(), "a failed run writes nothing");

    Command::cargo_bin("harmattan").expect("binary").args(["report", "--format", "pdf"]).arg(&path).assert().code(2);
}
