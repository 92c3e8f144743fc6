//! `swivi serve`: the site built in memory and served on 127.0.0.1, rebuilt on every save,
//! with the open pages reloaded and the build's errors shown over the last good page.
//!
//! Invariants:
//! - it listens on loopback unless `--bind` names another address, and says so when it does;
//!   an address maps to a file of the built site or to nothing (`/../`, `%2e%2e` and the
//!   like never reach the disk: nothing is read from it to answer);
//! - what is served is the last successful build's bytes, the same a fresh `swivi build` of
//!   the same files writes, with the headers the published site sends
//!   ([`netlify::headers_of`]: its Content-Security-Policy applies here too), and with three
//!   exceptions made for editing: a `<script>` that listens for rebuilds is added to HTML
//!   responses, the service worker is not served (it would answer from its cache the very
//!   files being edited), and nothing may be kept (`Cache-Control: no-store`);
//! - each open page listens for rebuilds on a WebSocket of its own: browsers do not count them
//!   among the six HTTP connections they open to a host, so any number of pages can be open;
//!   a page that was made by an older build than the last when it connects is reloaded, and
//!   a page that has gone is forgotten at the next write to it (one every few seconds);
//! - nothing is written to disk: `public/` is left as it is;
//! - a rebuild reads again only the content files that changed and prepares the site; its
//!   pages and feeds are made when they are asked for ([`site`]), so a save costs the open
//!   pages, not the whole site.

mod site;

use std::collections::{BTreeSet, HashMap};
use std::io::{Read, Write};
use std::net::IpAddr;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use notify::{EventKind, RecursiveMode, Watcher};
use tungstenite::protocol::{Role, WebSocket};
use tungstenite::{Message, handshake::derive_accept_key};

use crate::addresses::LinkStyle;
use crate::build::{self, prepare, today};
use crate::content::SITE_TOML;
use crate::diag::Diagnostics;
use crate::netlify;
use site::Site;

const LIVE_SCRIPT: &str = include_str!("live.js");
/// Where serve's own resources live, out of the way of any page of a site.
const OWN: &str = "/__swivi/";
/// Where an open page's script connects, a WebSocket, to hear of rebuilds.
const LIVE: &str = "/__swivi/live";
/// How long a page's connection may go unwritten: a write is how serve finds out that the page
/// has gone (it never reads from it).
const KEEPALIVE: Duration = Duration::from_secs(5);
/// What is written when nothing else is; the script ignores it.
const ALIVE: &str = "alive";
/// The folders (and the file) whose changes rebuild the site.
const WATCHED: [&str; 5] = [
    "content",
    "themes",
    crate::content::SITE_TEMPLATES,
    "i18n",
    "static",
];
/// How long a burst of file events (an editor's write, rename and chmod, which come within a
/// millisecond or two) is gathered.
const SETTLE: Duration = Duration::from_millis(15);

/// What serve serves: the last good build, and the errors of the latest one if it failed.
pub(crate) struct Session {
    root: PathBuf,
    base_url: String,
    /// What the next rebuild can take from this one.
    cache: build::Cache,
    site: Option<Arc<Site>>,
    /// How many builds succeeded: the number of the one `site` holds, which its pages carry.
    builds: u64,
    errors: Option<String>,
}

/// What a rebuild did.
pub(crate) enum Outcome {
    /// Built: the new site, and its warnings.
    Built(Arc<Site>, Diagnostics),
    /// Did not build; the previous site is still served.
    Failed(Diagnostics),
}

impl Session {
    pub(crate) fn new(root: &Path, base_url: String) -> Session {
        Session {
            root: root.to_owned(),
            base_url,
            cache: build::Cache::default(),
            site: None,
            builds: 0,
            errors: None,
        }
    }

    /// Notes the files that changed (relative to the root) for the next rebuild; `None` when
    /// unknown, and every file is looked at again.
    pub(crate) fn changed(&mut self, paths: Option<Vec<PathBuf>>) {
        self.cache.changed(paths);
    }

    /// Reads what changed and prepares the site again; its files are made when asked for.
    pub(crate) fn rebuild(&mut self) -> Outcome {
        let prepared = prepare(
            &self.root,
            Some(&self.base_url),
            LinkStyle::Rooted,
            today(),
            &mut self.cache,
        );
        match prepared {
            Ok(mut prepared) => {
                let warnings = std::mem::take(&mut prepared.warnings);
                let site = Arc::new(Site::new(prepared));
                self.site = Some(Arc::clone(&site));
                self.builds += 1;
                self.errors = None;
                Outcome::Built(site, warnings)
            }
            Err(diags) => {
                let diags = diags.sorted();
                self.errors = Some(diags.render_plain());
                Outcome::Failed(diags)
            }
        }
    }
}

/// A message to the open pages.
#[derive(Clone, Debug, PartialEq)]
enum Event {
    Reload,
    Errors(String),
    Fixed,
}

impl Event {
    /// The event as the page's script reads it: its name, then its text on the next lines.
    fn to_message(&self) -> String {
        match self {
            Event::Reload => "reload".to_owned(),
            Event::Errors(text) => format!("errors\n{text}"),
            Event::Fixed => "fixed".to_owned(),
        }
    }
}

struct Shared {
    session: Mutex<Session>,
    pages: Mutex<Vec<OpenPage>>,
}

/// A page open in a browser, listening for rebuilds.
struct OpenPage {
    events: Sender<Event>,
    /// The file it shows (`fr/countries/cl/index.html`), when its request said.
    path: Option<String>,
}

impl Shared {
    fn tell_pages(&self, event: &Event) {
        self.tell_each(|_| Some(event.clone()));
    }

    /// Tells each open page what `event_for` its file says; forgets the pages that are gone.
    fn tell_each(&self, event_for: impl Fn(Option<&str>) -> Option<Event>) {
        let mut pages = self
            .pages
            .lock()
            .expect("no thread panics holding the list");
        pages.retain(|page| match event_for(page.path.as_deref()) {
            Some(event) => page.events.send(event).is_ok(),
            None => true,
        });
    }

    /// After a good rebuild: each open page is made again at once, and reloaded only if its
    /// bytes changed; a page whose template now fails shows the error over its last good
    /// version. A page whose file is not known is reloaded.
    fn tell_rebuilt(&self, before: Option<&Site>, after: &Site) {
        // Made outside the lock: a page that needs the whole site takes a while.
        let open: BTreeSet<String> = self
            .pages
            .lock()
            .expect("no thread panics holding the list")
            .iter()
            .filter_map(|page| page.path.clone())
            .collect();
        let events: HashMap<String, Option<Event>> = open
            .into_iter()
            .map(|path| {
                let previous = before.and_then(|site| site.made(&path));
                let event = match (previous, after.file(&path)) {
                    (Some(Ok(old)), Some(Ok(new))) if old == new => None,
                    (_, Some(Err(errors))) => Some(Event::Errors(errors)),
                    _ => Some(Event::Reload),
                };
                (path, event)
            })
            .collect();
        self.tell_each(|path| match path.and_then(|p| events.get(p)) {
            Some(event) => event.clone(),
            None => Some(Event::Reload),
        });
    }
}

/// Runs `swivi serve` until Ctrl-C.
pub(crate) fn run(root: &Path, ip: IpAddr, port: u16) -> ExitCode {
    // Events name absolute paths: compare them with an absolute root.
    let root = &root.canonicalize().unwrap_or_else(|_| root.to_owned());
    let Some((server, port)) = bind(ip, port) else {
        eprintln!(
            "error: no free port from {port} to {}\n  = help: choose another with --port",
            port.saturating_add(20)
        );
        return ExitCode::FAILURE;
    };
    if !ip.is_loopback() {
        say(&format!(
            "warning: listening on {ip}, not on this computer only: anyone who can reach it can read the site"
        ));
    }
    // An unspecified address (0.0.0.0) listens everywhere; this computer reaches it as loopback.
    let host = match ip {
        ip if ip.is_unspecified() => "127.0.0.1".to_owned(),
        IpAddr::V6(v6) => format!("[{v6}]"),
        IpAddr::V4(v4) => v4.to_string(),
    };
    let address = format!("http://{host}:{port}/");
    let shared = Arc::new(Shared {
        session: Mutex::new(Session::new(root, address.clone())),
        pages: Mutex::new(Vec::new()),
    });
    // Watching starts before the first build, so no change made while it runs goes unseen.
    let (events, changes) = mpsc::channel();
    let watcher = match watch(root, events) {
        Ok(watcher) => watcher,
        Err(error) => {
            eprintln!(
                "error: cannot watch {} for changes: {error}",
                root.display()
            );
            return ExitCode::FAILURE;
        }
    };
    let started = Instant::now();
    report(
        &shared.session.lock().expect("not poisoned").rebuild(),
        started,
        root,
    );
    let _ = ctrlc::set_handler(|| {
        eprintln!("\nStopped; nothing was written.");
        std::process::exit(0);
    });
    let rebuilder = Arc::clone(&shared);
    std::thread::spawn(move || rebuild_on_change(&rebuilder, &changes, watcher));
    say(&format!(
        "Serving {} at {address} (Ctrl-C to stop)",
        root.display()
    ));
    for request in server.incoming_requests() {
        let shared = Arc::clone(&shared);
        std::thread::spawn(move || answer(&shared, request));
    }
    ExitCode::SUCCESS
}

fn say(line: &str) {
    let mut out = std::io::stdout();
    let _ = writeln!(out, "{line}");
    let _ = out.flush();
}

/// The server on `port` of `ip`, or on the next free one; port 0 lets the system choose.
fn bind(ip: IpAddr, port: u16) -> Option<(tiny_http::Server, u16)> {
    let last = if port == 0 {
        0
    } else {
        port.saturating_add(20)
    };
    (port..=last).find_map(|p| {
        let server = tiny_http::Server::http((ip, p)).ok()?;
        let bound = server.server_addr().to_ip()?.port();
        Some((server, bound))
    })
}

fn watch(
    root: &Path,
    events: Sender<notify::Result<notify::Event>>,
) -> notify::Result<notify::RecommendedWatcher> {
    let mut watcher = notify::recommended_watcher(move |event| {
        let _ = events.send(event);
    })?;
    // The root itself, not recursively, for site.toml: editors replace a file when they save
    // it, and a watch on the file would be lost with the old one.
    watcher.watch(root, RecursiveMode::NonRecursive)?;
    for folder in WATCHED {
        let path = root.join(folder);
        if path.is_dir() {
            watcher.watch(&path, RecursiveMode::Recursive)?;
        }
    }
    Ok(watcher)
}

/// Whether an event changes the site: a file created, written, renamed or removed in a watched
/// folder, a watched folder itself, or site.toml.
fn changes_the_site(root: &Path, event: &notify::Event) -> bool {
    let writes = matches!(
        event.kind,
        EventKind::Create(_) | EventKind::Modify(_) | EventKind::Remove(_) | EventKind::Any
    );
    writes
        && event.paths.iter().any(|path| {
            path.parent() != Some(root)
                || path
                    .file_name()
                    .is_some_and(|name| name == SITE_TOML || WATCHED.iter().any(|w| name == *w))
        })
}

/// Adds the paths `event` names, relative to `root`, to `paths`; makes it `None` (everything
/// is looked at again) when the watcher could not tell what changed, as when its queue
/// overflowed.
fn note_paths(root: &Path, event: &notify::Event, paths: &mut Option<Vec<PathBuf>>) {
    let relative: Option<Vec<PathBuf>> = (!event.need_rescan())
        .then(|| {
            event
                .paths
                .iter()
                .map(|path| path.strip_prefix(root).ok().map(Path::to_path_buf))
                .collect()
        })
        .flatten();
    match (relative, paths.as_mut()) {
        (Some(relative), Some(paths)) => paths.extend(relative),
        _ => *paths = None,
    }
}

/// A watched folder that did not exist when serve started (`static/`, say) is watched once it
/// appears.
fn watch_new_folders(root: &Path, event: &notify::Event, watcher: &mut impl Watcher) {
    if !matches!(event.kind, EventKind::Create(_) | EventKind::Modify(_)) {
        return;
    }
    for path in &event.paths {
        let watched = path.parent() == Some(root)
            && path
                .file_name()
                .is_some_and(|name| WATCHED.iter().any(|w| name == *w));
        if watched && path.is_dir() {
            let _ = watcher.watch(path, RecursiveMode::Recursive);
        }
    }
}

fn rebuild_on_change(
    shared: &Shared,
    changes: &Receiver<notify::Result<notify::Event>>,
    mut watcher: impl Watcher,
) {
    let root = shared.session.lock().expect("not poisoned").root.clone();
    let mut relevant = |event: notify::Result<notify::Event>, paths: &mut Option<Vec<PathBuf>>| {
        let Ok(event) = event else {
            *paths = None;
            return true;
        };
        watch_new_folders(&root, &event, &mut watcher);
        let changes = changes_the_site(&root, &event);
        if changes {
            note_paths(&root, &event, paths);
        }
        changes
    };
    while let Ok(first) = changes.recv() {
        let mut paths = Some(Vec::new());
        let mut changed = relevant(first, &mut paths);
        loop {
            match changes.recv_timeout(SETTLE) {
                Ok(event) => changed |= relevant(event, &mut paths),
                Err(RecvTimeoutError::Timeout) => break,
                Err(RecvTimeoutError::Disconnected) => return,
            }
        }
        if !changed {
            continue;
        }
        let started = Instant::now();
        let (outcome, was_failing, before) = {
            let mut session = shared.session.lock().expect("not poisoned");
            session.changed(paths);
            let was_failing = session.errors.is_some();
            let before = session.site.clone();
            (session.rebuild(), was_failing, before)
        };
        report(&outcome, started, &root);
        match outcome {
            Outcome::Built(after, _) => {
                if was_failing {
                    shared.tell_pages(&Event::Fixed);
                }
                shared.tell_rebuilt(before.as_deref(), &after);
            }
            Outcome::Failed(diags) => shared.tell_pages(&Event::Errors(diags.render_plain())),
        }
        // Letting go of a site of 10,000 commitments takes tens of milliseconds: not before
        // the next save is read.
        std::thread::spawn(move || drop(before));
    }
}

fn report(outcome: &Outcome, started: Instant, root: &Path) {
    let elapsed = started.elapsed().as_millis();
    match outcome {
        Outcome::Built(_, warnings) => {
            warnings.print(root);
            say(&format!(
                "Built in {elapsed} ms; pages are made as they are opened"
            ));
        }
        Outcome::Failed(diags) => {
            diags.print(root);
            eprintln!(
                "error: the site did not build ({elapsed} ms); the open pages show these errors until they are fixed"
            );
        }
    }
}

fn answer(shared: &Shared, request: tiny_http::Request) {
    let url = request
        .url()
        .split(['?', '#'])
        .next()
        .unwrap_or("/")
        .to_owned();
    if url == LIVE {
        return listen(shared, request);
    }
    let response = match url.strip_prefix(OWN) {
        Some("live.js") => ok(LIVE_SCRIPT.as_bytes().to_vec(), "text/javascript"),
        Some(_) => not_found(),
        None => {
            // Making a file can take a while: the session is free for the next rebuild meanwhile.
            let (site, build) = {
                let session = shared.session.lock().expect("not poisoned");
                (session.site.clone(), session.builds)
            };
            published(page(site.as_deref(), build, &url), &url)
        }
    };
    let _ = request.respond(response);
}

type Response = tiny_http::Response<std::io::Cursor<Vec<u8>>>;

/// `response` with the headers the published site sends for `url`.
fn published(response: Response, url: &str) -> Response {
    let path = relative_path(url).unwrap_or_default();
    netlify::headers_of(&path)
        .into_iter()
        .fold(response, |response, (name, value)| {
            response.with_header(header(name, &value))
        })
}

/// The response for `url` from the last good build, the `build`th.
fn page(site: Option<&Site>, build: u64, url: &str) -> Response {
    let Some(site) = site else {
        // No good build yet: a page that shows the errors and reloads once they are fixed.
        let waiting = b"<!doctype html><html lang=en><meta charset=utf-8><title>swivi serve</title><body><p>The site has not built yet.</p></body></html>";
        return ok(with_live_script(waiting, build), "text/html; charset=utf-8")
            .with_status_code(503);
    };
    let Some(path) = relative_path(url) else {
        return not_found();
    };
    match site.file(&path) {
        Some(Ok(bytes)) => {
            let kind = content_type(&path);
            // The editor saves content files itself: a reload would lose what is being typed.
            if kind.starts_with("text/html") && !crate::admin::is_admin(&path) {
                ok(with_live_script(&bytes, build), kind)
            } else {
                ok(bytes.to_vec(), kind)
            }
        }
        Some(Err(errors)) => {
            say(&errors);
            let page = format!(
                "<!doctype html><html lang=en><meta charset=utf-8><title>swivi serve: /{}</title><body><h1>This page could not be made</h1><pre>{}</pre></body></html>",
                crate::html::escape(&path),
                crate::html::escape(&errors)
            );
            ok(
                with_live_script(page.as_bytes(), build),
                "text/html; charset=utf-8",
            )
            .with_status_code(500)
        }
        // A folder asked for without its final slash: where relative links would break.
        None if site.has(&format!("{path}/index.html")) => {
            let location = tiny_http::Header::from_bytes("Location", format!("{url}/"))
                .expect("a valid header");
            tiny_http::Response::from_data(Vec::new())
                .with_status_code(301)
                .with_header(location)
        }
        None => match site.file(&not_found_page(site, &path)) {
            Some(Ok(bytes)) => ok(with_live_script(&bytes, build), "text/html; charset=utf-8")
                .with_status_code(404),
            _ => not_found(),
        },
    }
}

/// What a page says of itself when it connects (`/__swivi/live?page=%2Ffr%2F&build=3`): the
/// file it shows (`fr/index.html`) and the build that made it.
fn listener_of(url: &str) -> (Option<String>, Option<u64>) {
    let query = url.split_once('?').map_or("", |(_, query)| query);
    let (mut path, mut build) = (None, None);
    for (name, value) in query.split('&').filter_map(|pair| pair.split_once('=')) {
        match name {
            "page" => path = percent_decode(value).and_then(|page| relative_path(&page)),
            "build" => build = value.parse().ok(),
            _ => {}
        }
    }
    (path, build)
}

/// `/fr/countries/` → `fr/countries/index.html`; `None` for a path that leaves the site.
fn relative_path(url: &str) -> Option<String> {
    let decoded = percent_decode(url.trim_start_matches('/'))?;
    if decoded
        .split('/')
        .any(|segment| segment == ".." || segment == ".")
    {
        return None;
    }
    Some(if decoded.is_empty() || decoded.ends_with('/') {
        format!("{decoded}index.html")
    } else {
        decoded
    })
}

fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// The page with serve's script before `</body>` (or at the end); the script tells the server
/// which `build` made the page.
fn with_live_script(html: &[u8], build: u64) -> Vec<u8> {
    let tag = format!("<script src={OWN}live.js data-build={build}></script>");
    let text = String::from_utf8_lossy(html);
    match text.rfind("</body>") {
        Some(at) => format!("{}{tag}{}", &text[..at], &text[at..]).into_bytes(),
        None => format!("{text}{tag}").into_bytes(),
    }
}

fn content_type(path: &str) -> &'static str {
    let extension = path.rsplit_once('.').map_or("", |(_, e)| e);
    match extension {
        "html" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "svg" => "image/svg+xml",
        "xml" if path.ends_with("feed.xml") => "application/atom+xml; charset=utf-8",
        "xml" => "application/xml; charset=utf-8",
        // The feeds' stylesheet: browsers apply an XSLT file served as XML.
        "xsl" => "application/xslt+xml; charset=utf-8",
        "json" => "application/json",
        "csv" => "text/csv; charset=utf-8",
        "ics" => "text/calendar; charset=utf-8",
        "bib" => "application/x-bibtex; charset=utf-8",
        "zip" => "application/zip",
        "txt" => "text/plain; charset=utf-8",
        "yml" => "text/yaml; charset=utf-8",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "webp" => "image/webp",
        "ico" => "image/x-icon",
        "pdf" => "application/pdf",
        "webmanifest" => "application/manifest+json",
        _ => "application/octet-stream",
    }
}

fn ok(bytes: Vec<u8>, kind: &str) -> Response {
    tiny_http::Response::from_data(bytes)
        .with_header(header("Content-Type", kind))
        // Every response is the latest build: nothing may be kept.
        .with_header(header("Cache-Control", "no-store"))
}

/// The page a host serves for the missing `path`, as `_redirects` asks of Netlify: the
/// not-found page of the language whose folder it is in, else the root's.
fn not_found_page(site: &Site, path: &str) -> String {
    let language = path.split('/').next().unwrap_or_default();
    let page = crate::addresses::not_found_page(language);
    if site.has(&page) {
        page
    } else {
        crate::addresses::Root::NotFound.path().to_owned()
    }
}

fn not_found() -> Response {
    ok(b"Not found".to_vec(), "text/plain; charset=utf-8").with_status_code(404)
}

fn header(name: &str, value: &str) -> tiny_http::Header {
    tiny_http::Header::from_bytes(name, value).expect("a valid header")
}

/// Opens the WebSocket of a page that listens for rebuilds and writes each event to it as it
/// comes: the current errors first if the site does not build, and a reload if a build came
/// after the page's own, then what every rebuild does.
fn listen(shared: &Shared, request: tiny_http::Request) {
    let key = request
        .headers()
        .iter()
        .find(|h| h.field.equiv("Sec-WebSocket-Key"))
        .map(|h| derive_accept_key(h.value.as_bytes()));
    let Some(accept) = key else {
        let refusal = ok(
            b"A WebSocket, for serve's script in a page".to_vec(),
            "text/plain; charset=utf-8",
        );
        let _ = request.respond(refusal.with_status_code(400));
        return;
    };
    let (path, build) = listener_of(request.url());
    let (page, events) = mpsc::channel();
    {
        let session = shared.session.lock().expect("not poisoned");
        if let Some(errors) = &session.errors {
            let _ = page.send(Event::Errors(errors.clone()));
        }
        if build.is_some_and(|build| build != session.builds) {
            let _ = page.send(Event::Reload);
        }
        // Listed before the handshake is answered: once its socket is open, the page hears of
        // every rebuild.
        shared
            .pages
            .lock()
            .expect("no thread panics holding the list")
            .push(OpenPage { events: page, path });
    }
    let switching = tiny_http::Response::empty(tiny_http::StatusCode(101))
        .with_header(header("Sec-WebSocket-Accept", &accept));
    let stream = request.upgrade("websocket", switching);
    tell_until_gone(
        WebSocket::from_raw_socket(stream, Role::Server, None),
        &events,
    );
}

/// Writes each event to the page's socket as it comes, and a sign of life when none has come
/// for a while, until a write fails: the page has gone, and the next event forgets it.
fn tell_until_gone(mut socket: WebSocket<impl Read + Write>, events: &Receiver<Event>) {
    loop {
        let text = match events.recv_timeout(KEEPALIVE) {
            Ok(event) => event.to_message(),
            Err(RecvTimeoutError::Timeout) => ALIVE.to_owned(),
            Err(RecvTimeoutError::Disconnected) => return,
        };
        if socket.send(Message::text(text)).is_err() {
            return;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_map_to_files_and_never_leave_the_site() {
        assert_eq!(relative_path("/").as_deref(), Some("index.html"));
        assert_eq!(
            relative_path("/fr/countries/").as_deref(),
            Some("fr/countries/index.html")
        );
        assert_eq!(relative_path("/style.css").as_deref(), Some("style.css"));
        assert_eq!(
            relative_path("/fr/pa%C3%ADs/").as_deref(),
            Some("fr/país/index.html")
        );
        assert_eq!(relative_path("/../etc/passwd"), None);
        assert_eq!(relative_path("/fr/%2e%2e/x"), None);
        assert_eq!(relative_path("/bad%zz"), None);
    }

    #[test]
    fn a_page_says_which_file_it_shows_and_which_build_made_it() {
        assert_eq!(
            listener_of("/__swivi/live?page=%2Ffr%2Fpa%25C3%25ADs%2F&build=3"),
            (Some("fr/país/index.html".to_owned()), Some(3))
        );
        assert_eq!(
            listener_of("/__swivi/live?page=%2F"),
            (Some("index.html".to_owned()), None)
        );
        assert_eq!(
            listener_of("/__swivi/live?page=%2F..%2Fx&build=x"),
            (None, None)
        );
        assert_eq!(listener_of("/__swivi/live"), (None, None));
    }

    #[test]
    fn the_script_goes_before_the_end_of_the_body() {
        assert_eq!(
            with_live_script(b"<html><body><p>x</p></body></html>", 7),
            b"<html><body><p>x</p><script src=/__swivi/live.js data-build=7></script></body></html>"
        );
    }

    #[test]
    fn events_are_written_as_the_script_reads_them() {
        assert_eq!(Event::Reload.to_message(), "reload");
        assert_eq!(
            Event::Errors("error: x\n  ┌─ a.md:1:1".into()).to_message(),
            "errors\nerror: x\n  ┌─ a.md:1:1"
        );
    }

    /// A page's connection: what serve wrote to it, and whether the page has gone.
    #[derive(Clone, Default)]
    struct Connection {
        written: Arc<Mutex<Vec<u8>>>,
        gone: bool,
    }

    impl Read for Connection {
        fn read(&mut self, _: &mut [u8]) -> std::io::Result<usize> {
            Ok(0)
        }
    }

    impl Write for Connection {
        fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
            if self.gone {
                return Err(std::io::ErrorKind::BrokenPipe.into());
            }
            self.written.lock().unwrap().extend_from_slice(bytes);
            Ok(bytes.len())
        }

        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    fn socket(connection: Connection) -> WebSocket<Connection> {
        WebSocket::from_raw_socket(connection, Role::Server, None)
    }

    #[test]
    fn each_event_is_one_websocket_text_frame() {
        let connection = Connection::default();
        let (page, events) = mpsc::channel();
        page.send(Event::Reload).unwrap();
        page.send(Event::Fixed).unwrap();
        drop(page);
        tell_until_gone(socket(connection.clone()), &events);
        // FIN and text, then the length: unmasked, as a server writes them.
        assert_eq!(
            *connection.written.lock().unwrap(),
            b"\x81\x06reload\x81\x05fixed"
        );
    }

    #[test]
    fn a_page_that_has_gone_is_forgotten() {
        let shared = Shared {
            session: Mutex::new(Session::new(Path::new("."), String::new())),
            pages: Mutex::new(Vec::new()),
        };
        let (page, events) = mpsc::channel();
        shared.pages.lock().unwrap().push(OpenPage {
            events: page,
            path: None,
        });
        shared.tell_pages(&Event::Reload);
        let closed = Connection {
            gone: true,
            ..Connection::default()
        };
        // Returns at the first write, which fails, and lets go of the page's events.
        tell_until_gone(socket(closed), &events);
        drop(events);
        assert_eq!(shared.pages.lock().unwrap().len(), 1);
        shared.tell_pages(&Event::Fixed);
        assert!(shared.pages.lock().unwrap().is_empty());
    }
}
