//! How each language writes a range of dates: CLDR 48.2.0's Gregorian interval
//! patterns (cldr-dates-full), written by tools/cldr-intervals.py; do not edit.
//!
//! Each row: a locale; a range of days when the day, the month or the year differs first;
//! a range of months when the month or the year does. A locale not listed takes its
//! language's row. Unicode-3.0 licensed data, © Unicode, Inc.

/// (locale, [days: d, M, y], [months: M, y]), sorted by locale.
pub(crate) const INTERVALS: &[(&str, [&str; 3], [&str; 2])] = &[
    (
        "aa",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "ab",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "af",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "agq",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "ak",
        [
            "MMMM d – d, y",
            "MMMM d – MMMM d, y",
            "MMMM d, y – MMMM d, y",
        ],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "am",
        ["MMMM d–d፣ y", "MMMM d – MMMM d፣ y", "MMMM d፣ y – MMMM d፣ y"],
        ["MMMM–MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "an",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "ann",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "apc",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "ar",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "arn",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "as",
        ["d–d MMMM y", "d MMMM y – d MMMM", "d MMMM y – d MMMM y"],
        ["MMMM–MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "asa",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "ast",
        [
            "d – d MMMM 'de' y",
            "d MMMM – d MMMM 'de' y",
            "d MMMM 'de' y – d MMMM 'de' y",
        ],
        ["LLLL – LLLL 'de' y", "LLLL 'de' y – LLLL 'de' y"],
    ),
    (
        "az",
        ["d – d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM–MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "az-Arab",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "az-Arab-IQ",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "az-Arab-TR",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "az-Cyrl",
        ["y MMMM d–d", "d MMMM y – d MMMM", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "ba",
        [
            "d–d MMMM, y 'й'.",
            "d MMMM – d MMMM, y 'й'.",
            "d MMMM, y 'й'. – d MMMM, y 'й'.",
        ],
        ["MMMM–MMMM, y 'й'.", "MMMM, y 'й'. – MMMM, y 'й'."],
    ),
    (
        "bal",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "bas",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "be",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["LLLL–LLLL y", "LLLL y – LLLL y"],
    ),
    (
        "bem",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "bew",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "bez",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "bg",
        [
            "d – d MMMM y 'г'.",
            "d MMMM – d MMMM y 'г'.",
            "d MMMM y 'г'. – d MMMM y 'г'.",
        ],
        ["MMMM – MMMM y 'г'.", "MMMM y 'г'. – MMMM y 'г'."],
    ),
    (
        "bgc",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "bgn",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "bho",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "blo",
        ["MMMM d – d y", "MMMM d – MMMM d y", "MMMM d y – MMMM d y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "blt",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "bm",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "bn",
        ["d–d MMMM, y", "d MMMM – d MMMM, y", "d MMMM, y – d MMMM, y"],
        ["MMMM–MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "bo",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "bqi",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "br",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "brx",
        ["y, d–d MMMM", "y, d MMMM– d MMMM", "y, MMMM d – y, MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "bs",
        [
            "d–d. MMMM y.",
            "d. MMMM – d. MMMM y.",
            "d. MMMM y – d. MMMM y.",
        ],
        ["LLLL – LLLL y.", "LLLL y – LLLL y."],
    ),
    (
        "bs-Cyrl",
        [
            "dd.–dd. MMMM y.",
            "dd. MMMM – dd. MMMM y.",
            "dd. MMMM y. – dd. MMMM y.",
        ],
        ["MMMM–MMMM y.", "MMMM y. – MMMM y."],
    ),
    (
        "bss",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "bua",
        [
            "y 'оной' MMMM d – d",
            "y 'оной' MM 'һарын' d – MM 'һарын' d",
            "y 'оной' MMMM d – y 'оной' MMMM d",
        ],
        ["y 'оной' MMMM – MMMM", "y 'оной' MMMM – y 'оной' MMMM"],
    ),
    (
        "byn",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "ca",
        [
            "d–d MMMM 'del' y",
            "d MMMM – d MMMM 'del' y",
            "d MMMM 'del' y – d MMMM 'del' y",
        ],
        ["LLLL–LLLL 'del' y", "LLLL 'del' y – LLLL 'del' y"],
    ),
    (
        "cad",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "cch",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "ccp",
        ["d–d MMMM, y", "d MMMM – d MMMM, y", "d MMMM, y – d MMMM, y"],
        ["MMMM–MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "ce",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "ceb",
        [
            "MMMM d – d, y",
            "MMMM d – MMMM d, y",
            "MMMM d, y – MMMM d, y",
        ],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "cgg",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "cho",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "chr",
        [
            "MMMM d – d, y",
            "MMMM d – MMMM d, y",
            "MMMM d, y – MMMM d, y",
        ],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "cic",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "ckb",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "co",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "cop",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "cs",
        ["d.–d. M. y", "d. M. – d. M. y", "d. M. y – d. M. y"],
        ["LLLL–LLLL y", "LLLL y – LLLL y"],
    ),
    (
        "csw",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "cu",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "cv",
        [
            "y, MMMM, d–d",
            "y, MMMM, d – MMMM, d",
            "y, MMMM, d – y, MMMM, d",
        ],
        ["y, MMMM – MMMM", "y, MMMM – y, MMMM"],
    ),
    (
        "cy",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM, y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "da",
        ["d.–d. MMMM y", "d. MMMM–d. MMMM y", "d. MMMM y–d. MMMM y"],
        ["MMMM–MMMM y", "MMMM y–MMMM y"],
    ),
    (
        "dav",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "de",
        [
            "d.–d. MMMM y",
            "d. MMMM – d. MMMM y",
            "d. MMMM y – d. MMMM y",
        ],
        ["MMMM–MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "dje",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "doi",
        [
            "MMMM d – d, y",
            "MMMM d – MMMM d, y",
            "MMMM d, y – MMMM d, y",
        ],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "dsb",
        [
            "d. – d. MMMM y",
            "d. MMMM – d. MMMM y",
            "d. MMMM y – d. MMMM y",
        ],
        ["LLLL – LLLL y", "LLLL y – LLLL y"],
    ),
    (
        "dua",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "dv",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "dyo",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "dz",
        ["y-MM-d – d", "y-MM-dd – MM-d", "y-MM-dd – y-MM-dd"],
        ["y-སྤྱི་ཟླ་MM – MM", "y-MM – y-MM"],
    ),
    (
        "ebu",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "ee",
        [
            "MMMM d 'lia' – d 'lia' , y",
            "MMMM d 'lia' – MMMM d 'lia', y",
            "MMMM d 'lia' , y – MMMM d 'lia', y",
        ],
        ["MMMM–MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "el",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["LLLL–LLLL y", "LLLL y – LLLL y"],
    ),
    (
        "en",
        [
            "MMMM d – d, y",
            "MMMM d – MMMM d, y",
            "MMMM d, y – MMMM d, y",
        ],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "en-001",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "en-150",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "en-AE",
        ["d – d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "en-AG",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "en-AI",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "en-AT",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "en-AU",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "en-BB",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "en-BE",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "en-BM",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "en-BS",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "en-BW",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "en-BZ",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "en-CA",
        ["MMMM d–d, y", "MMMM d–MMMM d, y", "MMMM d, y–MMMM d, y"],
        ["MMMM–MMMM y", "MMMM y–MMMM y"],
    ),
    (
        "en-CC",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "en-CH",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "en-CK",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "en-CM",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "en-CX",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "en-CY",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "en-CZ",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "en-DE",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "en-DG",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "en-DK",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "en-DM",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "en-Dsrt",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "en-EE",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "en-ER",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "en-ES",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "en-FI",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "en-FJ",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "en-FK",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "en-FM",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "en-FR",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "en-GB",
        ["d – d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "en-GD",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "en-GE",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "en-GG",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "en-GH",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "en-GI",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "en-GM",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "en-GS",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "en-GY",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "en-HK",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "en-HU",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "en-ID",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "en-IE",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "en-IL",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "en-IM",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "en-IN",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "en-IO",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "en-IT",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "en-JE",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "en-JM",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "en-KE",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "en-KI",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "en-KN",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "en-KY",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "en-LC",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "en-LR",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "en-LS",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "en-LT",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "en-LV",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "en-MG",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "en-MO",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "en-MS",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "en-MT",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "en-MU",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "en-MV",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "en-MW",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "en-MY",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "en-NA",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "en-NF",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "en-NG",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "en-NL",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "en-NO",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "en-NR",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "en-NU",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "en-NZ",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "en-PG",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "en-PK",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "en-PL",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "en-PN",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "en-PT",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "en-PW",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "en-RO",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "en-RW",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "en-SB",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "en-SC",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "en-SD",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "en-SE",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "en-SG",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "en-SH",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "en-SI",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "en-SK",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "en-SL",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "en-SS",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "en-SX",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "en-SZ",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "en-Shaw",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "en-TC",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "en-TK",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "en-TO",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "en-TT",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "en-TV",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "en-TZ",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "en-UA",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "en-UG",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "en-VC",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "en-VG",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "en-VU",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "en-WS",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "en-ZA",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "en-ZM",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "en-ZW",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "eo",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "es",
        [
            "d–d 'de' MMMM 'de' y",
            "d 'de' MMMM – d 'de' MMMM 'de' y",
            "d 'de' MMMM 'de' y – d 'de' MMMM 'de' y",
        ],
        ["MMMM–MMMM 'de' y", "MMMM 'de' y – MMMM 'de' y"],
    ),
    (
        "es-419",
        [
            "d–d 'de' MMMM 'de' y",
            "d 'de' MMMM – d 'de' MMMM 'de' y",
            "d 'de' MMMM 'de' y – d 'de' MMMM 'de' y",
        ],
        ["MMMM–MMMM 'de' y", "MMMM 'de' y–MMMM 'de' y"],
    ),
    (
        "es-AR",
        [
            "d–d 'de' MMMM 'de' y",
            "d 'de' MMMM – d 'de' MMMM 'de' y",
            "d 'de' MMMM 'de' y – d 'de' MMMM 'de' y",
        ],
        ["MMMM 'al' MMMM 'de' y", "MMMM 'de' y 'al' MMMM 'de' y"],
    ),
    (
        "es-BO",
        [
            "d–d 'de' MMMM 'de' y",
            "d 'de' MMMM – d 'de' MMMM 'de' y",
            "d 'de' MMMM 'de' y – d 'de' MMMM 'de' y",
        ],
        ["MMMM–MMMM 'de' y", "MMMM 'de' y–MMMM 'de' y"],
    ),
    (
        "es-BR",
        [
            "d–d 'de' MMMM 'de' y",
            "d 'de' MMMM – d 'de' MMMM 'de' y",
            "d 'de' MMMM 'de' y – d 'de' MMMM 'de' y",
        ],
        ["MMMM–MMMM 'de' y", "MMMM 'de' y–MMMM 'de' y"],
    ),
    (
        "es-BZ",
        [
            "d–d 'de' MMMM 'de' y",
            "d 'de' MMMM – d 'de' MMMM 'de' y",
            "d 'de' MMMM 'de' y – d 'de' MMMM 'de' y",
        ],
        ["MMMM–MMMM 'de' y", "MMMM 'de' y–MMMM 'de' y"],
    ),
    (
        "es-CL",
        [
            "d–d 'de' MMMM 'de' y",
            "d 'de' MMMM – d 'de' MMMM 'de' y",
            "d 'de' MMMM 'de' y – d 'de' MMMM 'de' y",
        ],
        ["MMMM–MMMM 'de' y", "MMMM 'de' y–MMMM 'de' y"],
    ),
    (
        "es-CO",
        [
            "d–d 'de' MMMM 'de' y",
            "d 'de' MMMM – d 'de' MMMM 'de' y",
            "d 'de' MMMM 'de' y – d 'de' MMMM 'de' y",
        ],
        ["MMMM 'a' MMMM 'de' y", "MMMM 'de' y 'a' MMMM 'de' y"],
    ),
    (
        "es-CR",
        [
            "d–d 'de' MMMM 'de' y",
            "d 'de' MMMM – d 'de' MMMM 'de' y",
            "d 'de' MMMM 'de' y – d 'de' MMMM 'de' y",
        ],
        ["MMMM–MMMM 'de' y", "MMMM 'de' y–MMMM 'de' y"],
    ),
    (
        "es-CU",
        [
            "d–d 'de' MMMM 'de' y",
            "d 'de' MMMM – d 'de' MMMM 'de' y",
            "d 'de' MMMM 'de' y – d 'de' MMMM 'de' y",
        ],
        ["MMMM–MMMM 'de' y", "MMMM 'de' y–MMMM 'de' y"],
    ),
    (
        "es-DO",
        [
            "d–d 'de' MMMM 'de' y",
            "d 'de' MMMM – d 'de' MMMM 'de' y",
            "d 'de' MMMM 'de' y – d 'de' MMMM 'de' y",
        ],
        ["MMMM–MMMM 'de' y", "MMMM 'de' y–MMMM 'de' y"],
    ),
    (
        "es-EC",
        [
            "d–d 'de' MMMM 'de' y",
            "d 'de' MMMM – d 'de' MMMM 'de' y",
            "d 'de' MMMM 'de' y – d 'de' MMMM 'de' y",
        ],
        ["MMMM–MMMM 'de' y", "MMMM 'de' y–MMMM 'de' y"],
    ),
    (
        "es-GT",
        [
            "d–d 'de' MMMM 'de' y",
            "d 'de' MMMM – d 'de' MMMM 'de' y",
            "d 'de' MMMM 'de' y – d 'de' MMMM 'de' y",
        ],
        ["MMMM–MMMM 'de' y", "MMMM 'de' y–MMMM 'de' y"],
    ),
    (
        "es-HN",
        [
            "d–d 'de' MMMM 'de' y",
            "d 'de' MMMM – d 'de' MMMM 'de' y",
            "d 'de' MMMM 'de' y – d 'de' MMMM 'de' y",
        ],
        ["MMMM–MMMM 'de' y", "MMMM 'de' y–MMMM 'de' y"],
    ),
    (
        "es-NI",
        [
            "d–d 'de' MMMM 'de' y",
            "d 'de' MMMM – d 'de' MMMM 'de' y",
            "d 'de' MMMM 'de' y – d 'de' MMMM 'de' y",
        ],
        ["MMMM–MMMM 'de' y", "MMMM 'de' y–MMMM 'de' y"],
    ),
    (
        "es-PA",
        [
            "d–d 'de' MMMM 'de' y",
            "d 'de' MMMM – d 'de' MMMM 'de' y",
            "d 'de' MMMM 'de' y – d 'de' MMMM 'de' y",
        ],
        ["MMMM–MMMM 'de' y", "MMMM 'de' y–MMMM 'de' y"],
    ),
    (
        "es-PE",
        [
            "d–d 'de' MMMM 'de' y",
            "d 'de' MMMM – d 'de' MMMM 'de' y",
            "d 'de' MMMM 'de' y – d 'de' MMMM 'de' y",
        ],
        ["MMMM–MMMM 'de' y", "MMMM 'de' y–MMMM 'de' y"],
    ),
    (
        "es-PR",
        [
            "d–d 'de' MMMM 'de' y",
            "d 'de' MMMM – d 'de' MMMM 'de' y",
            "d 'de' MMMM 'de' y – d 'de' MMMM 'de' y",
        ],
        ["MMMM–MMMM 'de' y", "MMMM 'de' y–MMMM 'de' y"],
    ),
    (
        "es-PY",
        [
            "d–d 'de' MMMM 'de' y",
            "d 'de' MMMM – d 'de' MMMM 'de' y",
            "d 'de' MMMM 'de' y – d 'de' MMMM 'de' y",
        ],
        ["MMMM 'a' MMMM 'de' y", "MMMM 'de' y 'a' MMMM 'de' y"],
    ),
    (
        "es-SV",
        [
            "d–d 'de' MMMM 'de' y",
            "d 'de' MMMM – d 'de' MMMM 'de' y",
            "d 'de' MMMM 'de' y – d 'de' MMMM 'de' y",
        ],
        ["MMMM–MMMM 'de' y", "MMMM 'de' y–MMMM 'de' y"],
    ),
    (
        "es-UY",
        [
            "d–d 'de' MMMM 'de' y",
            "d 'de' MMMM – d 'de' MMMM 'de' y",
            "d 'de' MMMM 'de' y – d 'de' MMMM 'de' y",
        ],
        ["MMMM–MMMM 'de' y", "MMMM 'de' y–MMMM 'de' y"],
    ),
    (
        "es-VE",
        [
            "d–d 'de' MMMM 'de' y",
            "d 'de' MMMM – d 'de' MMMM 'de' y",
            "d 'de' MMMM 'de' y – d 'de' MMMM 'de' y",
        ],
        ["MMMM–MMMM 'de' y", "MMMM 'de' y–MMMM 'de' y"],
    ),
    (
        "et",
        [
            "d.–d. MMMM y",
            "d. MMMM – d. MMMM y",
            "d. MMMM y – d. MMMM y",
        ],
        ["MMMM–MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "eu",
        [
            "y('e')'ko' MMMM d–d",
            "y('e')'ko' MMMM d('a') – MMMM d('a')",
            "y('e')'ko' MMMM d('a') – y('e')'ko' MMMM d('a')",
        ],
        ["y('e')'ko' MMMM–MMMM", "y('e')'ko' MMMM – y('e')'ko' MMMM"],
    ),
    (
        "ewo",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "fa",
        [
            "d تا d MMMM y",
            "d LLLL تا d MMMM y",
            "d MMMM y تا d MMMM y",
        ],
        ["MMMM تا MMMM y", "MMMM y تا MMMM y"],
    ),
    (
        "ff",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "ff-Adlm",
        [
            "d – d MMMM⹁ y",
            "d MMMM – d MMMM⹁ y",
            "d MMMM⹁ y – d MMMM⹁ y",
        ],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "ff-Adlm-BF",
        [
            "d – d MMMM⹁ y",
            "d MMMM – d MMMM⹁ y",
            "d MMMM⹁ y – d MMMM⹁ y",
        ],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "ff-Adlm-CM",
        [
            "d – d MMMM⹁ y",
            "d MMMM – d MMMM⹁ y",
            "d MMMM⹁ y – d MMMM⹁ y",
        ],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "ff-Adlm-GH",
        [
            "d – d MMMM⹁ y",
            "d MMMM – d MMMM⹁ y",
            "d MMMM⹁ y – d MMMM⹁ y",
        ],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "ff-Adlm-GM",
        [
            "d – d MMMM⹁ y",
            "d MMMM – d MMMM⹁ y",
            "d MMMM⹁ y – d MMMM⹁ y",
        ],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "ff-Adlm-GW",
        [
            "d – d MMMM⹁ y",
            "d MMMM – d MMMM⹁ y",
            "d MMMM⹁ y – d MMMM⹁ y",
        ],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "ff-Adlm-LR",
        [
            "d – d MMMM⹁ y",
            "d MMMM – d MMMM⹁ y",
            "d MMMM⹁ y – d MMMM⹁ y",
        ],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "ff-Adlm-MR",
        [
            "d – d MMMM⹁ y",
            "d MMMM – d MMMM⹁ y",
            "d MMMM⹁ y – d MMMM⹁ y",
        ],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "ff-Adlm-NE",
        [
            "d – d MMMM⹁ y",
            "d MMMM – d MMMM⹁ y",
            "d MMMM⹁ y – d MMMM⹁ y",
        ],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "ff-Adlm-NG",
        [
            "d – d MMMM⹁ y",
            "d MMMM – d MMMM⹁ y",
            "d MMMM⹁ y – d MMMM⹁ y",
        ],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "ff-Adlm-SL",
        [
            "d – d MMMM⹁ y",
            "d MMMM – d MMMM⹁ y",
            "d MMMM⹁ y – d MMMM⹁ y",
        ],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "ff-Adlm-SN",
        [
            "d – d MMMM⹁ y",
            "d MMMM – d MMMM⹁ y",
            "d MMMM⹁ y – d MMMM⹁ y",
        ],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "fi",
        [
            "d.–d. MMMM y",
            "d. MMMM – d. MMMM y",
            "d. MMMM y – d. MMMM y",
        ],
        ["LLL–LLLL y", "LLLL y – LLLL y"],
    ),
    (
        "fil",
        ["MMMM d–d, y", "MMMM d – MMMM d, y", "MMMM d, y – MMMM d, y"],
        ["MMMM–MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "fo",
        [
            "d.–d. MMMM y",
            "dd. MMMM–dd. MMMM y",
            "dd. MMMM y–dd. MMMM y",
        ],
        ["MMMM–MMMM y", "MMMM y–MMMM y"],
    ),
    (
        "fr",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "frr",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "fur",
        ["d – d/MM/y", "dd/MM/y – d/MM", "dd/MM/y – dd/MM/y"],
        ["MM – MM/y", "MM/y – MM/y"],
    ),
    (
        "fy",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM–MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "ga",
        ["d – d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "gaa",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "gd",
        ["d – d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["LLLL – LLLL y", "LLLL y – LLLL y"],
    ),
    (
        "gez",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "gl",
        [
            "d–d 'de' MMMM 'de' y",
            "d 'de' MMMM – d 'de' MMMM 'de' y",
            "d 'de' MMMM 'de' y – d 'de' MMMM 'de' y",
        ],
        ["MMMM–MMMM 'de' y", "MMMM 'de' y – MMMM 'de' y"],
    ),
    (
        "gn",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "gsw",
        [
            "d.–d. MMMM y",
            "d. MMMM – d. MMMM y",
            "d. MMMM y – d. MMMM y",
        ],
        ["MM – MM.y", "MM.y – MM.y"],
    ),
    (
        "gu",
        ["d–d MMMM, y", "d MMMM – d MMMM, y", "d MMMM, y – d MMMM, y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "guz",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "gv",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "ha",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "haw",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "he",
        ["d–d בMMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM–MMMM y", "MMMM y–MMMM y"],
    ),
    (
        "hi",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "hi-Latn",
        [
            "d – d MMMM, y",
            "d MMMM – d MMMM, y",
            "d MMMM, y – d MMMM, y",
        ],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "hnj",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "hr",
        [
            "dd. – dd. MMMM y.",
            "dd. MMMM – dd. MMMM y.",
            "dd. MMMM y. – dd. MMMM y.",
        ],
        ["LLLL – LLLL y.", "LLLL y. – LLLL y."],
    ),
    (
        "hsb",
        [
            "d. – d. MMMM y",
            "d. MMMM – d. MMMM y",
            "d. MMMM y – d. MMMM y",
        ],
        ["LLLL – LLLL y", "LLLL y – LLLL y"],
    ),
    (
        "ht",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "hu",
        [
            "y. MMMM d–d.",
            "y. MMMM d. – MMMM d.",
            "y. MMMM d. – y. MMMM d.",
        ],
        ["y. MMMM–MMMM", "y. MMMM – y. MMMM"],
    ),
    (
        "hy",
        [
            "dd–dd MMMM, y թ.",
            "dd MMMM – dd MMMM, y թ.",
            "dd MMMM, y թ․ – dd MMMM, y թ.",
        ],
        ["y թ․ LLLL – LLLL", "y թ․ LLLL – y թ․ LLLL"],
    ),
    (
        "ia",
        ["d – d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "id",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM–MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "ie",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "ig",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "ii",
        [
            "y MMMM dꑍ–dꑍ",
            "y MMMM dꑍ – MMMM dꑍ",
            "y MMMM dꑍ – y MMMM dꑍ",
        ],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "io",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "is",
        [
            "d.–d. MMMM y",
            "d. MMMM – d. MMMM y",
            "d. MMMM y – d. MMMM y",
        ],
        ["MMMM–MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "it",
        [
            "dd–dd MMMM y",
            "dd MMMM – dd MMMM y",
            "dd MMMM y – dd MMMM y",
        ],
        ["MMMM–MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "iu",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "ja",
        [
            "y年M月d日～d日",
            "y年M月d日～M月d日",
            "y年M月d日～y年M月d日",
        ],
        ["y年M月～M月", "y年M月～y年M月"],
    ),
    (
        "jbo",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "jgo",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "jmc",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "jv",
        ["d – d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "ka",
        [
            "d–d MMMM, y",
            "dd MMMM. – dd MMMM. y",
            "dd MMMM. y – d MMMM. y",
        ],
        ["MMMM – MMMM, y", "MMMM y – MMMM y"],
    ),
    (
        "kaa",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "kab",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "kaj",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "kam",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "kcg",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "kde",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "kea",
        ["d – d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["LLLL – LLLL 'di' y", "LLLL y – LLLL y"],
    ),
    (
        "kek",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "ken",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "kgp",
        [
            "d – d 'ne' MMMM, y",
            "d 'ne' MMMM – d 'ne' MMMM, y",
            "d 'ne' MMMM, y – d 'ne' MMMM, y",
        ],
        ["MMMM – MMMM, y", "MMMM, y – MMMM, y"],
    ),
    (
        "khq",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "ki",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "kk",
        [
            "y 'ж'. d–d MMMM",
            "y 'ж'. d MMMM – d MMMM",
            "y 'ж'. d MMMM – y 'ж'. d MMMM",
        ],
        ["y 'ж'. MMMM – MMMM", "y 'ж'. MMMM – y 'ж'. MMMM"],
    ),
    (
        "kk-Arab",
        ["y، MMMM d–d", "y، MMMM d – MMMM d", "y، MMMM d – y، MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "kkj",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "kl",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "kln",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "km",
        ["d – d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "kn",
        [
            "MMMM d–d,y",
            "d MMMM – d MMMM, y",
            "d, MMMM, y – d, MMMM, y",
        ],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "ko",
        [
            "y년 M월 d일~d일",
            "y년 MMMM d일~MMMM d일",
            "y년 MMMM d일~y년 MMMM d일",
        ],
        ["y년 MMMM~MMMM", "y년 MMMM~y년 MMMM"],
    ),
    (
        "kok",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "kok-Latn",
        [
            "d – d MMMM, y",
            "d MMMM – d MMMM, y",
            "d MMMM, y – d MMMM, y",
        ],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "kpe",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "ks",
        [
            "MMMM d – d, y",
            "MMMM d – MMMM d, y",
            "MMMM d, y – MMMM d, y",
        ],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "ks-Deva",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "ksb",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "ksf",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "ksh",
        ["d.–d. MMMM y", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["MMMM–MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "ku",
        [
            "d – d MMMM, y",
            "d MMMM – d MMMM, y",
            "d MMMM, y – d MMMM, y",
        ],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "ku-Arab",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "ku-Arab-IR",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "kw",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "kxv",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "kxv-Deva",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "kxv-Orya",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "kxv-Telu",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "ky",
        [
            "d–d-MMMM y-'ж'.",
            "d-MMMM – d-MMMM y-'ж'.",
            "d-MMMM y-'ж'. - d-MMMM y-'ж'.",
        ],
        ["MMMM – MMMM, y-'ж'.", "MMMM, y-'ж'. – MMMM, y-'ж'."],
    ),
    (
        "la",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "lag",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "lb",
        [
            "d.–d. MMMM y",
            "d. MMMM – d. MMMM y",
            "d. MMMM y – d. MMMM y",
        ],
        ["MMMM–MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "lg",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "lij",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "lkt",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "lld",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["LLLL–LLLL y", "LLLL y – LLLL y"],
    ),
    (
        "lmo",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "ln",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "lo",
        ["d/MM/y – d/MM/y", "d/MM – d/MM/y", "dd/MM/y – dd/MM/y"],
        ["MMMM – MMMM y", "MM/y – MM/y"],
    ),
    (
        "lrc",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "lt",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y LLLL–LLLL", "y LLLL – y LLLL"],
    ),
    (
        "ltg",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "lu",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "luo",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "luy",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "lv",
        [
            "y. 'gada' d.–d. MMMM",
            "y. 'gada' d. MMMM – d. MMMM",
            "y. 'gada' d. MMMM – y. 'gada' d. MMMM",
        ],
        ["y. 'gada' MMMM – MMMM", "y. 'gada' MMMM – y. 'gada' MMMM"],
    ),
    (
        "lzz",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "mai",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "mas",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "mdf",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "mer",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "mfe",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "mg",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "mgh",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "mgo",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "mhn",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "mi",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "mic",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "mk",
        [
            "d – d MMMM y 'г'.",
            "d MMMM – d MMMM y 'г'.",
            "d MMMM y 'г'. – d MMMM y 'г'.",
        ],
        ["MMMM – MMMM y 'г'.", "MMMM y 'г'. – MMMM y 'г'."],
    ),
    (
        "ml",
        ["y MMMM d – d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "mn",
        [
            "y 'оны' MMMMM/dd – dd",
            "y 'оны' MMMMM/dd – MMMMM/dd",
            "y 'оны' MMMMM/dd – y 'оны' MMMMM/dd",
        ],
        [
            "y 'оны' MMMMM – MMMMM 'сар'",
            "y 'оны' MMMMM 'сар' – y 'оны' MMMMM 'сар'",
        ],
    ),
    (
        "mn-Mong",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "mn-Mong-MN",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "mni",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "moh",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "mr",
        [
            "d – d MMMM, y",
            "d MMMM – d MMMM, y",
            "d MMMM, y – d MMMM, y",
        ],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "ms",
        ["d–d MMMM y", "d MMMM – d MMMM, y", "d MMMM y – d MMMM y"],
        ["MMMM–MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "ms-Arab",
        ["d–d MMMM y", "d MMMM – d MMMM، y", "d MMMM y – d MMMM y"],
        ["MMMM–MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "ms-Arab-BN",
        ["d–d MMMM y", "d MMMM – d MMMM، y", "d MMMM y – d MMMM y"],
        ["MMMM–MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "mt",
        ["d – d MMMM y", "y MMMM d – MMMM d", "d MMMM, y – d MMMM, y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "mua",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "mus",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "mww",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "my",
        ["y MMMM d – d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM – MMMM", "y MMMM – y MMMM"],
    ),
    (
        "myv",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "mzn",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "naq",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "nb",
        ["d.–d. MMMM y", "d. MMMM–d. MMMM y", "d. MMMM y–d. MMMM y"],
        ["MMMM–MMMM y", "MMMM y–MMMM y"],
    ),
    (
        "nd",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "nds",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "ne",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "nl",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM–MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "nmg",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "nn",
        ["d.–d. MMMM y", "d. MMMM–d. MMMM y", "d. MMMM y–d. MMMM y"],
        ["MMMM–MMMM y", "MMMM y–MMMM y"],
    ),
    (
        "nnh",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "no",
        ["d.–d. MMMM y", "d. MMMM–d. MMMM y", "d. MMMM y–d. MMMM y"],
        ["MMMM–MMMM y", "MMMM y–MMMM y"],
    ),
    (
        "nqo",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "nr",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "nso",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "nus",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "nv",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "ny",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "nyn",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "oc",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "oka",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "om",
        [
            "MMMM d – d, y",
            "MMMM d – MMMM d, y",
            "MMMM d, y – MMMM d, y",
        ],
        ["MMMM–MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "or",
        [
            "MMMM d – d, y",
            "MMMM d – MMMM d, y",
            "MMMM d, y – MMMM d, y",
        ],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "os",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "osa",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "pa",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM–MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "pa-Arab",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "pap",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "pcm",
        ["d – d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "pi",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "pis",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "pl",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["LLLL–LLLL y", "LLLL y–LLLL y"],
    ),
    (
        "pms",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "prg",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "ps",
        ["y MMMM d–d", "y MMMM d – MMMM d", "MMMM d, y – MMMM d, y"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "pt",
        [
            "d – d 'de' MMMM 'de' y",
            "d 'de' MMMM – d 'de' MMMM 'de' y",
            "d 'de' MMMM 'de' y – d 'de' MMMM 'de' y",
        ],
        ["MMMM – MMMM 'de' y", "MMMM 'de' y – MMMM 'de' y"],
    ),
    (
        "pt-AO",
        [
            "d–d 'de' MMMM 'de' y",
            "d 'de' MMMM – d 'de' MMMM 'de' y",
            "d 'de' MMMM 'de' y – d 'de' MMMM 'de' y",
        ],
        ["MMMM – MMMM 'de' y", "MMMM 'de' y – MMMM 'de' y"],
    ),
    (
        "pt-CH",
        [
            "d–d 'de' MMMM 'de' y",
            "d 'de' MMMM – d 'de' MMMM 'de' y",
            "d 'de' MMMM 'de' y – d 'de' MMMM 'de' y",
        ],
        ["MMMM – MMMM 'de' y", "MMMM 'de' y – MMMM 'de' y"],
    ),
    (
        "pt-CV",
        [
            "d–d 'de' MMMM 'de' y",
            "d 'de' MMMM – d 'de' MMMM 'de' y",
            "d 'de' MMMM 'de' y – d 'de' MMMM 'de' y",
        ],
        ["MMMM – MMMM 'de' y", "MMMM 'de' y – MMMM 'de' y"],
    ),
    (
        "pt-GQ",
        [
            "d–d 'de' MMMM 'de' y",
            "d 'de' MMMM – d 'de' MMMM 'de' y",
            "d 'de' MMMM 'de' y – d 'de' MMMM 'de' y",
        ],
        ["MMMM – MMMM 'de' y", "MMMM 'de' y – MMMM 'de' y"],
    ),
    (
        "pt-GW",
        [
            "d–d 'de' MMMM 'de' y",
            "d 'de' MMMM – d 'de' MMMM 'de' y",
            "d 'de' MMMM 'de' y – d 'de' MMMM 'de' y",
        ],
        ["MMMM – MMMM 'de' y", "MMMM 'de' y – MMMM 'de' y"],
    ),
    (
        "pt-LU",
        [
            "d–d 'de' MMMM 'de' y",
            "d 'de' MMMM – d 'de' MMMM 'de' y",
            "d 'de' MMMM 'de' y – d 'de' MMMM 'de' y",
        ],
        ["MMMM – MMMM 'de' y", "MMMM 'de' y – MMMM 'de' y"],
    ),
    (
        "pt-MO",
        [
            "d–d 'de' MMMM 'de' y",
            "d 'de' MMMM – d 'de' MMMM 'de' y",
            "d 'de' MMMM 'de' y – d 'de' MMMM 'de' y",
        ],
        ["MMMM – MMMM 'de' y", "MMMM 'de' y – MMMM 'de' y"],
    ),
    (
        "pt-MZ",
        [
            "d–d 'de' MMMM 'de' y",
            "d 'de' MMMM – d 'de' MMMM 'de' y",
            "d 'de' MMMM 'de' y – d 'de' MMMM 'de' y",
        ],
        ["MMMM – MMMM 'de' y", "MMMM 'de' y – MMMM 'de' y"],
    ),
    (
        "pt-PT",
        [
            "d–d 'de' MMMM 'de' y",
            "d 'de' MMMM – d 'de' MMMM 'de' y",
            "d 'de' MMMM 'de' y – d 'de' MMMM 'de' y",
        ],
        ["MMMM – MMMM 'de' y", "MMMM 'de' y – MMMM 'de' y"],
    ),
    (
        "pt-ST",
        [
            "d–d 'de' MMMM 'de' y",
            "d 'de' MMMM – d 'de' MMMM 'de' y",
            "d 'de' MMMM 'de' y – d 'de' MMMM 'de' y",
        ],
        ["MMMM – MMMM 'de' y", "MMMM 'de' y – MMMM 'de' y"],
    ),
    (
        "pt-TL",
        [
            "d–d 'de' MMMM 'de' y",
            "d 'de' MMMM – d 'de' MMMM 'de' y",
            "d 'de' MMMM 'de' y – d 'de' MMMM 'de' y",
        ],
        ["MMMM – MMMM 'de' y", "MMMM 'de' y – MMMM 'de' y"],
    ),
    (
        "qu",
        [
            "d – d MMMM, y",
            "d MMMM – d MMMM, y",
            "d MMMM, y – d MMMM, y",
        ],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "quc",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "raj",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "rhg",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "rif",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "rm",
        ["d – d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["LLLL–LLLL y", "LLLL y – LLLL y"],
    ),
    (
        "rn",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "ro",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "rof",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "ru",
        [
            "d–d MMMM y 'г'.",
            "d MMMM – d MMMM y 'г'.",
            "d MMMM y 'г'. – d MMMM y 'г'.",
        ],
        ["LLLL – LLLL y 'г'.", "LLLL y 'г'. – LLLL y 'г'."],
    ),
    (
        "ru-UA",
        [
            "d–d MMMM y 'г'.",
            "d MMMM – d MMMM y 'г'.",
            "d MMMM y – d MMMM y",
        ],
        ["LLLL – LLLL y 'г'.", "LLLL y – LLLL y"],
    ),
    (
        "rw",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "rwk",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "sa",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "sah",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "saq",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "sat",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "sbp",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "sc",
        [
            "dd–dd MMMM y",
            "dd MMMM – dd MMMM y",
            "dd MMMM y – dd MMMM y",
        ],
        [
            "MMMM–MMMM 'de' 'su' y",
            "MMMM 'de' 'su' y – MMMM 'de' 'su' y",
        ],
    ),
    (
        "scn",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM–MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "sd",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "sdh",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "se",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "se-FI",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "seh",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "ses",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "sg",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "sgs",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "shi",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "shn",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "si",
        ["y MMMM d – d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM – MMMM", "y MMMM – y MMMM"],
    ),
    (
        "sid",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "sk",
        ["d. – d. M. y", "d. M. – d. M. y", "d. M. y – d. M. y"],
        ["LLLL – LLLL y", "LLLL y – LLLL y"],
    ),
    (
        "skr",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "sl",
        ["d.–d. MMMM y", "d. MMMM–d. MMMM y", "d. MMMM y–d. MMMM y"],
        ["MMMM–MMMM y", "MMMM y–MMMM y"],
    ),
    (
        "sma",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "smj",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "smn",
        [
            "MMMM d.–d. y",
            "MMMM d. – MMMM d. y",
            "MMMM d. y – MMMM d. y",
        ],
        ["LLL–LLLL y", "LLLL y – LLLL y"],
    ),
    (
        "sms",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "sn",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "so",
        [
            "dd–dd MMMM y",
            "dd MMMM – dd MMMM y",
            "dd MMMM y – dd MMMM y",
        ],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "sq",
        ["d – d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "sr",
        [
            "dd.–dd. MMMM y.",
            "dd. MMMM – dd. MMMM y.",
            "dd. MMMM y. – dd. MMMM y.",
        ],
        ["MMMM – MMMM y.", "MMMM y. – MMMM y."],
    ),
    (
        "sr-Latn",
        [
            "dd.–dd. MMMM y.",
            "dd. MMMM – dd. MMMM y.",
            "dd. MMMM y. – dd. MMMM y.",
        ],
        ["MMMM – MMMM y.", "MMMM y. – MMMM y."],
    ),
    (
        "sr-Latn-BA",
        [
            "dd.–dd. MMMM y.",
            "dd. MMMM – dd. MMMM y.",
            "dd. MMMM y. – dd. MMMM y.",
        ],
        ["MMMM – MMMM y.", "MMMM y. – MMMM y."],
    ),
    (
        "sr-Latn-ME",
        [
            "dd.–dd. MMMM y.",
            "dd. MMMM – dd. MMMM y.",
            "dd. MMMM y. – dd. MMMM y.",
        ],
        ["MMMM – MMMM y.", "MMMM y. – MMMM y."],
    ),
    (
        "sr-Latn-XK",
        [
            "dd.–dd. MMMM y.",
            "dd. MMMM – dd. MMMM y.",
            "dd. MMMM y. – dd. MMMM y.",
        ],
        ["MMMM – MMMM y.", "MMMM y. – MMMM y."],
    ),
    (
        "ss",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "ssy",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "st",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "su",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "suz",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "sv",
        ["d–d MMMM y", "d MMMM–d MMMM y", "d MMMM y–d MMMM y"],
        ["MMMM–MMMM y", "MMMM y–MMMM y"],
    ),
    (
        "sw",
        ["d – d MMMM y", "d – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM–MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "syr",
        [
            "d–d ܒMMMM y",
            "d ܒMMMM – d ܒMMMM y",
            "d ܒMMMM y – d ܒMMMM y",
        ],
        ["MMMM–MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "szl",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "ta",
        [
            "d – d MMMM, y",
            "d MMMM – d MMMM, y",
            "d MMMM, y – d MMMM, y",
        ],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "te",
        ["d–d MMMM, y", "d MMMM – d MMMM, y", "d MMMM, y – d MMMM, y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "teo",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "tg",
        [
            "MMMM d – d, y",
            "MMMM d – MMMM d, y",
            "MMMM d, y – MMMM d, y",
        ],
        ["y MMMM–MMMM", "MMMM'и' y – MMMM'и' y"],
    ),
    (
        "th",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "ti",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM–MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "tig",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "tk",
        ["d – d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM–MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "tn",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "to",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "tok",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "tpi",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "tr",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "trv",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "trw",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "ts",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "tt",
        [
            "y 'ел', d–d MMMM",
            "y 'ел', d MMMM – d MMMM",
            "y 'ел', d MMMM – y 'ел', d MMMM",
        ],
        ["y 'ел', MMMM – MMMM", "y 'ел', MMMM – y 'ел', MMMM"],
    ),
    (
        "twq",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "tyv",
        [
            "y'ч' MMMM d–d",
            "y'ч' MMMM d – MMMM d",
            "y'ч' MMMM d – y'ч' MMMM d",
        ],
        ["y'ч' MMMM–MMMM", "y'ч' MMMM – y'ч' MMMM"],
    ),
    (
        "tzm",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "ug",
        [
            "MMMM d – d، y",
            "MMMM d – MMMM d، y",
            "MMMM d، y – MMMM d، y",
        ],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "uk",
        [
            "d–d MMMM y 'р'.",
            "d MMMM – d MMMM y 'р'.",
            "d MMMM y – d MMMM y 'рр'.",
        ],
        ["LLLL – LLLL y 'р'.", "LLLL y – LLLL y 'рр'."],
    ),
    (
        "und",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "ur",
        ["d–d MMMM y", "d MMMM – d MMMM، y", "d MMMM، y – d MMMM، y"],
        ["MMMM–MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "uz",
        [
            "d – d-MMMM, y",
            "d-MMMM – d-MMMM, y",
            "d-MMMM, y – d-MMMM, y",
        ],
        ["MMMM – MMMM, y", "MMMM, y – MMMM, y"],
    ),
    (
        "uz-Arab",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "uz-Cyrl",
        [
            "d – d MMMM, y",
            "d MMMM – d MMMM, y",
            "d MMMM, y – d MMMM, y",
        ],
        ["MMMM – MMMM, y", "MMMM, y – MMMM, y"],
    ),
    (
        "vai",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "ve",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "vec",
        ["d – d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "vi",
        [
            "d – d MMMM, y",
            "d MMMM – d MMMM, y",
            "d MMMM, y – d MMMM, y",
        ],
        ["MMMM – MMMM 'năm' y", "MMMM 'năm' y – MMMM 'năm' y"],
    ),
    (
        "vmw",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "vo",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "vun",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "wa",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "wae",
        [
            "d. – d. MMMM y",
            "d. MMMM – d. MMMM y",
            "d. MMMM y – d. MMMM y",
        ],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "wal",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "wbp",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "wo",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "xh",
        [
            "MMMM d – d, y",
            "MMMM d – MMMM d, y",
            "MMMM d, y – MMMM d, y",
        ],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "xnr",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "xog",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "yav",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "yi",
        ["d–d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM–MMMM y", "MMMM y–MMMM y"],
    ),
    (
        "yo",
        ["MMMM d–d y", "MMMM d – MMMM d y", "y MMMM d – y MMMM d"],
        ["MMMM–MMMM y", "MMMM – y MMMM y"],
    ),
    (
        "yrl",
        ["d – d MMMM y", "d MMMM – d MMMM y", "d MMMM y – d MMMM y"],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
    (
        "yue",
        [
            "y年M月d日至d日",
            "y年M月d日至M月d日",
            "y年M月d日至y年M月d日",
        ],
        ["y年M月至M月", "y年M月至y年M月"],
    ),
    (
        "za",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "zgh",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "zh",
        [
            "y年MMMMd日 – d日",
            "y年MMMMd日 – MMMMd日",
            "y年MMMMd日 – y年MMMMd日",
        ],
        ["y年M月 – M月", "y年M月 – y年M月"],
    ),
    (
        "zh-Hant",
        [
            "y年M月d日至d日",
            "y年M月d日至M月d日",
            "y年M月d日至y年M月d日",
        ],
        ["y年M月至M月", "y年M月至y年M月"],
    ),
    (
        "zh-Hant-HK",
        [
            "y年M月d日至d日",
            "y年M月d日至M月d日",
            "y年M月d日至y年M月d日",
        ],
        ["y年M月至M月", "y年M月至y年M月"],
    ),
    (
        "zh-Hant-MO",
        [
            "y年M月d日至d日",
            "y年M月d日至M月d日",
            "y年M月d日至y年M月d日",
        ],
        ["y年M月至M月", "y年M月至y年M月"],
    ),
    (
        "zh-Hant-MY",
        [
            "y年M月d日至d日",
            "y年M月d日至M月d日",
            "y年M月d日至y年M月d日",
        ],
        ["y年M月至M月", "y年M月至y年M月"],
    ),
    (
        "zh-Latn",
        ["y MMMM d–d", "y MMMM d – MMMM d", "y MMMM d – y MMMM d"],
        ["y MMMM–MMMM", "y MMMM – y MMMM"],
    ),
    (
        "zu",
        [
            "MMMM d – d, y",
            "MMMM d – MMMM d, y",
            "MMMM d, y – MMMM d, y",
        ],
        ["MMMM – MMMM y", "MMMM y – MMMM y"],
    ),
];
