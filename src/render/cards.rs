//! Commitment cards, each rendered once per language by the theme's `card.html` and reused
//! by every list that shows it, as Hugo's `partialCached` does: at 10,000 commitments a card is
//! in about six lists (all commitments, its country, its pillars, its status, its cell of the
//! matrix, its meeting), and rendering and serialising it again for each was most of what those
//! pages cost.
//!
//! Invariant: a card's HTML depends only on the commitment, the language, the link style and
//! whether it names the country, never on the page that lists it, so it is the same wherever it
//! is reused. Its links are still marked (see [`super::links`]): each page resolves them from
//! where it is. A card is made when a page first asks for it, so `swivi serve`, which renders one
//! page at a time, makes only the cards of the pages it is asked for.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

use serde::Serialize;
use tera::{Context, Tera};

use crate::addresses::Listing;
use crate::config::LanguageId;
use crate::ids::{Id, List};
use crate::model::{CommitmentId, Site};
use crate::present::{CommitmentCard, Lens, StatusView};

/// The template that renders one card, from a [`CardContext`].
pub(crate) const TEMPLATE: &str = "card.html";

/// Commitments that share a status, as lists show them: the status, how many, and their
/// cards already rendered (see this module).
#[derive(Serialize)]
pub(crate) struct StatusGroup {
    /// The status.
    pub(crate) status: StatusView,
    /// How many, in words ("3 commitments").
    pub(crate) count_text: String,
    /// Whether the group began on an earlier page of the list, which this page goes on
    /// with.
    pub(crate) continued: bool,
    /// Their cards, rendered by `card.html` (HTML).
    pub(crate) cards: String,
}

/// What a page of a list shows.
pub(crate) struct Shown {
    /// Its cards by status, for a list by status.
    pub(crate) groups: Vec<StatusGroup>,
    /// Its cards, for a list not by status (HTML).
    pub(crate) cards: String,
    /// How many pages the whole list takes.
    pub(crate) count: u32,
}

/// What `card.html` receives.
#[derive(Serialize)]
pub(crate) struct CardContext {
    /// The commitment.
    pub(crate) c: CommitmentCard,
    /// Whether the card names the commitment's country (not on the country's own page).
    pub(crate) show_country: bool,
}

/// One commitment's card in one language, once made: naming its country, and not.
type Made = [OnceLock<Box<str>>; 2];

/// The cards made so far, per language, per commitment.
pub(crate) struct Cards(List<LanguageId, Language>);

/// The cards of one language, and the order its lists show the commitments in.
#[derive(Default)]
pub(crate) struct Language {
    cards: List<CommitmentId, Made>,
    /// Each commitment's place among all of them by status, then by title in the
    /// language: the order of every list by status, made once for the language's pages.
    rank: OnceLock<List<CommitmentId, u32>>,
    /// Each list's commitments in its order, once a page of it asked: a list of 10,000
    /// commitments has 200 pages.
    members: Mutex<HashMap<Listing, Arc<[CommitmentId]>>>,
}

fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(|e| e.into_inner())
}

impl Cards {
    pub(crate) fn new(site: &Site) -> Cards {
        let per_language = || Language {
            cards: site
                .commitments
                .iter()
                .map(|_| [OnceLock::new(), OnceLock::new()])
                .collect(),
            rank: OnceLock::new(),
            members: Mutex::default(),
        };
        Cards(
            site.config
                .languages
                .iter()
                .map(|_| per_language())
                .collect(),
        )
    }

    pub(crate) fn of(&self, l: LanguageId) -> &Language {
        &self.0[l]
    }

    pub(crate) fn forget(&mut self, l: LanguageId) {
        self.0[l] = Language::default();
    }
}

pub(crate) struct Lists<'a> {
    pub(crate) tera: &'a Tera,
    /// What the templates are loaded from ([`super::Templates::key`]).
    pub(crate) templates: crate::cache::Key,
    pub(crate) lens: &'a Lens<'a>,
    pub(crate) cards: &'a Language,
}

impl Lists<'_> {
    /// The cards of `commitments`, in that order, one after the other.
    pub(crate) fn list(
        &self,
        commitments: &[CommitmentId],
        show_country: bool,
    ) -> tera::Result<String> {
        let mut html = String::new();
        for &c in commitments {
            html.push_str(self.card(c, show_country)?);
        }
        Ok(html)
    }

    /// What page `n` (from 1) of `listing` shows: its cards by status, for a list by
    /// status, or else its cards. A group that goes on over pages has its heading on each.
    pub(crate) fn page(&self, listing: Listing, n: u32) -> tera::Result<Shown> {
        let site = self.lens.site;
        let per_page = site.config.per_page;
        let members = self.members(listing);
        let members: &[CommitmentId] = &members;
        let by_status = listing.by_status();
        let count = Listing::pages_for(members.len(), per_page);
        let start = (n.max(1) as usize - 1) * per_page;
        let end = (start + per_page).min(members.len());
        let mine = members.get(start..end).unwrap_or_default();
        let show_country = listing.shows_country();
        let mut shown = Shown {
            groups: Vec::new(),
            cards: String::new(),
            count,
        };
        if !by_status {
            shown.cards = self.list(mine, show_country)?;
            return Ok(shown);
        }
        let config = &site.config;
        let status_of = |c: CommitmentId| site.commitments[c].facts.status(config);
        for group in mine.chunk_by(|&a, &b| status_of(a) == status_of(b)) {
            let status = status_of(group[0]);
            let whole = members.iter().filter(|&&c| status_of(c) == status).count();
            shown.groups.push(StatusGroup {
                status: self.lens.status(status),
                count_text: self.lens.count("commitment-count", whole),
                continued: start > 0
                    && status_of(members[start - 1]) == status
                    && group[0] == mine[0],
                cards: self.list(group, show_country)?,
            });
        }
        Ok(shown)
    }

    /// The members of `listing`, in its order, found and sorted once for all its pages.
    pub(crate) fn members(&self, listing: Listing) -> Arc<[CommitmentId]> {
        if let Some(members) = lock(&self.cards.members).get(&listing) {
            return Arc::clone(members);
        }
        let mut members = listing.members(self.lens.site);
        if listing.by_status() {
            let rank = self.rank();
            // The rank orders by status first.
            members.sort_unstable_by_key(|&c| rank[c]);
        }
        let members: Arc<[CommitmentId]> = members.into();
        lock(&self.cards.members).insert(listing, Arc::clone(&members));
        members
    }

    /// The commitments' places in the language's order (by status, then by title).
    fn rank(&self) -> &List<CommitmentId, u32> {
        self.cards.rank.get_or_init(|| {
            let site = self.lens.site;
            let all: Vec<CommitmentId> = site.commitments.ids().collect();
            let mut rank: Vec<u32> = vec![0; all.len()];
            let ordered = self.lens.by_status(&all).into_iter().flat_map(|(_, g)| g);
            for (place, c) in ordered.enumerate() {
                rank[c.index()] = u32::try_from(place).unwrap_or(u32::MAX);
            }
            rank.into()
        })
    }

    fn card(&self, c: CommitmentId, show_country: bool) -> tera::Result<&str> {
        let made = &self.cards.cards[c][usize::from(!show_country)];
        if let Some(html) = made.get() {
            return Ok(html);
        }
        let context = CardContext {
            c: self.lens.commitment_card(c),
            show_country,
        };
        let html = self
            .tera
            .render(TEMPLATE, &Context::from_serialize(context)?)?;
        // Two threads may render the same card at once: they make the same bytes. Boxed, the
        // card holds no spare capacity: a language's cards are kept until its pages are made.
        Ok(made.get_or_init(|| html.into_boxed_str()))
    }
}
