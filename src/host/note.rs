//! What happened in the room (joins, drops, confirmations, time-outs), kept
//! as facts and worded for each umpire seat in its own language.

use crate::i18n::Lang;
use crate::tr;

/// Something that happened in the room, for the umpire's log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Note {
    /// Someone logged in to seat `place` from `address`.
    Joined {
        /// The seat.
        place: usize,
        /// Where from.
        address: String,
        /// The first time, again, or over someone still connected.
        arrival: Arrival,
    },
    /// The connection in seat `place` closed.
    Disconnected(usize),
    /// A team confirmed its orders.
    Confirmed(usize),
    /// The facilitator started the game.
    Started,
    /// The umpire took back this turn.
    TookBack(u32),
    /// A faction is now played by its team (`true`) or by the computer.
    PlayedBy(usize, bool),
    /// This turn resolved.
    Resolved(u32),
    /// The game is over.
    Over,
    /// The one-minute warning.
    OneMinute,
    /// Time ran out for a team, which gave this many orders.
    TimedOut(usize, usize),
    /// The autosave failed, for this reason.
    NotSaved(crate::i18n::InEach),
    /// The game could not be told in this language: its seats read the game's own news.
    Untold(Lang),
}

/// How someone came into a seat.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Arrival {
    /// Nobody had joined it since the host started.
    First,
    /// It had been left, and someone came back.
    Again,
    /// Someone was still in it: the new login takes it over.
    TakeOver,
}

impl Note {
    /// The note in `lang`; `seat` names a seat and `faction` a faction in that language.
    pub fn text(&self, lang: Lang, seat: impl Fn(usize) -> String, faction: impl Fn(usize) -> String) -> String {
        match self {
            Note::Joined { place, address, arrival } => {
                let (seat, address) = (seat(*place), address.clone());
                match arrival {
                    Arrival::First => tr!(lang, "room-log-joined", seat = seat, address = address),
                    Arrival::Again => tr!(lang, "room-log-rejoined", seat = seat, address = address),
                    Arrival::TakeOver => tr!(lang, "room-log-taken-over", seat = seat, address = address),
                }
            }
            Note::Disconnected(place) => tr!(lang, "room-log-disconnected", seat = seat(*place)),
            Note::Confirmed(f) => tr!(lang, "room-log-confirmed", faction = faction(*f)),
            Note::Started => tr!(lang, "room-log-started"),
            Note::TookBack(turn) => tr!(lang, "room-log-took-back", turn = *turn),
            Note::PlayedBy(f, true) => tr!(lang, "room-log-played-by-team", faction = faction(*f)),
            Note::PlayedBy(f, false) => tr!(lang, "room-log-played-by-computer", faction = faction(*f)),
            Note::Resolved(turn) => tr!(lang, "room-log-resolved", turn = *turn),
            Note::Over => tr!(lang, "room-log-over"),
            Note::OneMinute => tr!(lang, "room-one-minute"),
            Note::TimedOut(f, orders) => tr!(lang, "room-log-timed-out", faction = faction(*f), orders = *orders),
            Note::NotSaved(reason) => tr!(lang, "room-not-saved", reason = reason.get(lang)),
            Note::Untold(told) => tr!(lang, "room-log-untold", language = super::langs::endonym(*told)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn said(note: &Note, lang: Lang) -> String {
        let names = ["Kesh", "Tarsa", "Oru"];
        note.text(lang, |p| names.get(p).map_or("Projector", |n| n).to_string(), |f| names[f].to_string())
    }

    #[test]
    fn each_note_is_one_sentence_in_each_language() {
        let joined = Note::Joined { place: 0, address: "10.0.0.7".into(), arrival: Arrival::TakeOver };
        assert_eq!(said(&joined, Lang::En), "Kesh taken over from 10.0.0.7.");
        assert_eq!(said(&Note::TimedOut(0, 1), Lang::En), "Time ran out for Kesh: it gave the 1 order it had queued.");
        assert_eq!(said(&Note::TimedOut(2, 0), Lang::En), "Time ran out for Oru: it gave no orders this turn.");
        assert_eq!(
            said(&Note::TimedOut(1, 3), Lang::En),
            "Time ran out for Tarsa: it gave the 3 orders it had queued."
        );
        assert_eq!(said(&Note::Confirmed(1), Lang::Fr), "Tarsa\u{202F}: ordres confirmés.");
        assert_eq!(said(&Note::TookBack(4), Lang::Ar), "استرجع الحكم الدور 4.");
        for lang in Lang::ALL {
            let notes = [
                Note::Started,
                Note::Over,
                Note::OneMinute,
                Note::Disconnected(3),
                Note::Resolved(2),
                Note::Untold(Lang::Ar),
            ];
            for note in notes {
                assert!(!said(&note, lang).contains('{'), "{lang}: {note:?}");
            }
        }
    }
}
