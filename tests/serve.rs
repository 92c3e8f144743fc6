//! `swivi serve` as an editor uses it: after every edit, addition, rename and deletion, what it
//! serves is what a fresh `swivi build` of the same files writes.

mod common;

use std::collections::BTreeMap;
use std::fs;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use common::{Fixture, walkdir};

/// The day both the server and the fresh builds build for.
const EPOCH: &str = "1795392000";

struct Server {
    child: Child,
    address: String,
    /// Every line the server printed, as it prints them.
    lines: Arc<Mutex<Vec<String>>>,
}

impl Server {
    fn start(root: &Path) -> Server {
        let mut child = Command::new(env!("CARGO_BIN_EXE_swivi"))
            .args(["serve", "--port", "0"])
            .current_dir(root)
            .env("NO_COLOR", "1")
            .env("SOURCE_DATE_EPOCH", EPOCH)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("swivi serve starts");
        let lines = Arc::new(Mutex::new(Vec::new()));
        for stream in [
            Box::new(child.stdout.take().unwrap()) as Box<dyn Read + Send>,
            Box::new(child.stderr.take().unwrap()),
        ] {
            let lines = Arc::clone(&lines);
            std::thread::spawn(move || {
                for line in BufReader::new(stream).lines().map_while(Result::ok) {
                    lines.lock().unwrap().push(line);
                }
            });
        }
        let mut server = Server {
            child,
            address: String::new(),
            lines,
        };
        server.address = server.wait_for(|lines| {
            lines.iter().find_map(|line| {
                line.strip_prefix("Serving ")
                    .and_then(|rest| rest.split(" at http://").nth(1))
                    .map(|rest| rest.split('/').next().unwrap_or_default().to_owned())
            })
        });
        server
    }

    fn wait_for<T>(&self, find: impl Fn(&[String]) -> Option<T>) -> T {
        let started = Instant::now();
        loop {
            let lines = self.lines.lock().unwrap().clone();
            if let Some(found) = find(&lines) {
                return found;
            }
            assert!(
                started.elapsed() < Duration::from_secs(60),
                "swivi serve said: {:#?}",
                self.lines.lock().unwrap()
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    fn builds(&self) -> usize {
        builds(&self.lines.lock().unwrap())
    }

    /// Runs `edit`, then waits until the server has rebuilt and stayed quiet for a moment.
    fn after(&self, edit: impl FnOnce()) {
        let before = self.builds();
        edit();
        self.wait_for(|lines| (builds(lines) > before).then_some(()));
        let mut seen = self.builds();
        loop {
            std::thread::sleep(Duration::from_millis(400));
            let now = self.builds();
            if now == seen {
                return;
            }
            seen = now;
        }
    }

    fn get(&self, path: &str) -> (u16, Vec<u8>) {
        let (status, _, body) = self.request(path);
        (status, body)
    }

    /// The status, head (lowercase) and body of the answer to `GET /{path}`.
    fn request(&self, path: &str) -> (u16, String, Vec<u8>) {
        let mut stream = TcpStream::connect(&self.address).expect("the server listens");
        write!(
            stream,
            "GET /{path} HTTP/1.1\r\nHost: {}\r\nConnection: close\r\n\r\n",
            self.address
        )
        .unwrap();
        let mut response = Vec::new();
        stream.read_to_end(&mut response).unwrap();
        let end = response
            .windows(4)
            .position(|w| w == b"\r\n\r\n")
            .expect("a response head");
        let head = String::from_utf8_lossy(&response[..end]).to_ascii_lowercase();
        let status = head.split(' ').nth(1).unwrap().parse().unwrap();
        let body = response[end + 4..].to_vec();
        let chunked = head.contains("transfer-encoding: chunked");
        let body = if chunked { unchunk(&body) } else { body };
        (status, head, body)
    }
}

/// A served page as a fresh build writes it: without serve's script (`<script
/// src=/__swivi/live.js data-build=N></script>`).
fn without_live_script(page: &str) -> String {
    match page.split_once("<script src=/__swivi/live.js") {
        Some((before, after)) => {
            let (_, rest) = after.split_once("</script>").expect("the script's end");
            format!("{before}{rest}")
        }
        None => page.to_owned(),
    }
}

/// How many builds, good or failed, the server has reported.
fn builds(lines: &[String]) -> usize {
    lines
        .iter()
        .filter(|l| l.starts_with("Built in ") || l.contains("the site did not build"))
        .count()
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn unchunk(mut body: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    loop {
        let line_end = body.windows(2).position(|w| w == b"\r\n").unwrap();
        let size =
            usize::from_str_radix(std::str::from_utf8(&body[..line_end]).unwrap().trim(), 16)
                .unwrap();
        if size == 0 {
            return out;
        }
        out.extend_from_slice(&body[line_end + 2..line_end + 2 + size]);
        body = &body[line_end + 2 + size + 2..];
    }
}

/// A fresh build of the site, as the server's address sees it: every file and its bytes.
fn fresh_build(site: &Fixture, server: &Server) -> BTreeMap<String, Vec<u8>> {
    let out = tempfile::tempdir().unwrap();
    let run = common::run_with(
        site.root(),
        &[
            "build",
            "--base-url",
            &format!("http://{}/", server.address),
            "--output",
            out.path().to_str().unwrap(),
        ],
        &[("SOURCE_DATE_EPOCH", EPOCH)],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    walkdir(out.path())
        .into_iter()
        .filter(|p| p.is_file())
        .map(|p| {
            let relative = p.strip_prefix(out.path()).unwrap();
            let path = relative.to_str().unwrap().replace('\\', "/");
            (path, std::fs::read(&p).unwrap())
        })
        .filter(|(path, _)| path != ".swivi-output")
        .collect()
}

/// Every file of a fresh build is served with the same bytes (pages with the reload script
/// added, the service worker left out), and the files of `gone` are no longer served.
fn serves_what_a_fresh_build_writes(site: &Fixture, server: &Server, gone: &[&str]) {
    let expected = fresh_build(site, server);
    for (path, bytes) in &expected {
        let (status, served) = server.get(path);
        if path == "sw.js" {
            assert_eq!(status, 404, "serve has no service worker");
            continue;
        }
        assert_eq!(status, 200, "{path}");
        let served = if path.ends_with(".html") {
            without_live_script(&String::from_utf8(served).unwrap()).into_bytes()
        } else {
            served
        };
        assert!(served == *bytes, "{path} differs from a fresh build");
    }
    for path in gone {
        assert!(!expected.contains_key(*path), "{path} is still built");
        assert_eq!(server.get(path).0, 404, "{path} is still served");
    }
}

#[test]
fn after_every_kind_of_edit_serve_serves_a_fresh_build() {
    let site = Fixture::base();
    let server = Server::start(site.root());
    serves_what_a_fresh_build_writes(&site, &server, &[]);
    // An address the site lacks: the not-found page of its language, as Netlify serves it.
    let (status, page) = server.get("fr/nulle-part/");
    assert_eq!(status, 404);
    assert!(
        String::from_utf8(page)
            .unwrap()
            .contains("<h1>Page introuvable</h1>")
    );
    let (status, page) = server.get("nowhere.html");
    assert_eq!(status, 404);
    assert!(
        String::from_utf8(page)
            .unwrap()
            .contains("Página no encontrada")
    );

    // Content edited.
    server.after(|| {
        site.write(
            "content/countries/cl.md",
            "+++\ntitle = \"Chili\"\n+++\nUn pays d'Amérique du Sud.\n",
        );
    });
    serves_what_a_fresh_build_writes(&site, &server, &[]);

    // An entry added, then renamed: its old pages go away.
    server.after(|| {
        site.write("content/countries/pe.md", "+++\ntitle = \"Pérou\"\n+++\n");
    });
    server.after(|| {
        std::fs::rename(
            site.root().join("content/countries/pe.md"),
            site.root().join("content/countries/bo.md"),
        )
        .unwrap();
    });
    serves_what_a_fresh_build_writes(
        &site,
        &server,
        &["fr/countries/pe/index.html", "es/countries/pe/index.html"],
    );

    // Folders moved out of the site, then back: what they hold goes, then comes back.
    let folders = ["pages", "recommendations"].map(|folder| {
        let inside = site.root().join("content").join(folder);
        (inside, site.root().join(format!("{folder}-away")))
    });
    server.after(|| {
        for (inside, outside) in &folders {
            std::fs::rename(inside, outside).unwrap();
        }
    });
    let held = [
        "fr/cso-recommendations-2024/index.html",
        "fr/recommendations/cso-2024-11/index.html",
    ];
    serves_what_a_fresh_build_writes(&site, &server, &held);
    server.after(|| {
        for (inside, outside) in &folders {
            std::fs::rename(outside, inside).unwrap();
        }
    });
    serves_what_a_fresh_build_writes(&site, &server, &[]);
    for path in held {
        assert_eq!(server.get(path).0, 200, "{path}");
    }

    // A translation deleted; a template, an interface string and a static file changed.
    server.after(|| {
        site.remove("content/countries/cl.es.md");
    });
    server.after(|| {
        let base = site.read("themes/default/templates/base.html");
        site.write(
            "themes/default/templates/base.html",
            &base.replace("</footer>", "<p>Édition de test</p></footer>"),
        );
    });
    server.after(|| {
        let es = site.read("i18n/es.ftl");
        site.write(
            "i18n/es.ftl",
            &es.replace("nav-home = Inicio", "nav-home = Portada"),
        );
    });
    server.after(|| {
        site.write("static/contact.txt", "Écrire aux éditeurs.\n");
    });
    serves_what_a_fresh_build_writes(&site, &server, &[]);
    assert_eq!(
        server.get("contact.txt").1,
        "Écrire aux éditeurs.\n".as_bytes()
    );
    server.after(|| {
        site.remove("static/contact.txt");
    });
    serves_what_a_fresh_build_writes(&site, &server, &["contact.txt"]);

    // A broken file: the last good build is still served, the errors are told; then fixed.
    let good = server.get("fr/countries/cl/index.html").1;
    server.after(|| {
        site.write("content/countries/cl.md", "+++\ntitle = \"Chili\n+++\n");
    });
    assert_eq!(server.get("fr/countries/cl/index.html").1, good);
    assert!(
        server
            .lines
            .lock()
            .unwrap()
            .iter()
            .any(|l| l.contains("content/countries/cl.md:2:15")),
        "{:#?}",
        server.lines.lock().unwrap()
    );
    server.after(|| {
        site.write("content/countries/cl.md", "+++\ntitle = \"Chili\"\n+++\n");
    });
    serves_what_a_fresh_build_writes(&site, &server, &[]);
    assert!(!site.public().exists(), "serve wrote public/");
}

#[test]
fn a_busy_port_moves_serve_to_the_next_free_one() {
    let site = Fixture::base();
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = taken.local_addr().unwrap().port();
    let mut child = Command::new(env!("CARGO_BIN_EXE_swivi"))
        .args(["serve", "--port", &port.to_string()])
        .current_dir(site.root())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut line = String::new();
    let mut out = BufReader::new(child.stdout.take().unwrap());
    while !line.starts_with("Serving ") {
        line.clear();
        assert!(out.read_line(&mut line).unwrap() > 0, "serve stopped");
    }
    let _ = child.kill();
    let _ = child.wait();
    let served = line
        .split("http://127.0.0.1:")
        .nth(1)
        .and_then(|rest| rest.split('/').next())
        .and_then(|p| p.parse::<u16>().ok())
        .unwrap();
    assert!(served > port && served <= port + 20, "{line}");
}

#[test]
fn a_static_file_at_the_address_of_a_page_shows_the_error_there() {
    let site = Fixture::base();
    site.write("static/fr/index.html", "<p>Bienvenue</p>");
    let server = Server::start(site.root());
    let (status, body) = server.get("fr/");
    let body = String::from_utf8(body).unwrap();
    assert_eq!(status, 500, "{body}");
    assert!(
        body.contains(
            "static/fr/index.html would replace the file the site makes at /fr/index.html"
        ),
        "{body}"
    );
    // The rest of the site is served.
    assert_eq!(server.get("es/").0, 200);
}

#[test]
fn a_site_that_does_not_build_yet_shows_its_errors_until_fixed() {
    let site = Fixture::base();
    site.write("content/countries/cl.md", "+++\ntitle = \"Chili\n+++\n");
    let server = Server::start(site.root());
    let (status, body) = server.get("fr/");
    assert_eq!(status, 503);
    assert!(
        String::from_utf8(body)
            .unwrap()
            .contains("<script src=/__swivi/live.js data-build=0>")
    );
    server.after(|| {
        site.write("content/countries/cl.md", "+++\ntitle = \"Chili\"\n+++\n");
    });
    serves_what_a_fresh_build_writes(&site, &server, &[]);
}

/// A page listening for rebuilds, as serve's script in a page opened at `page` does.
struct Listener {
    events: std::sync::mpsc::Receiver<String>,
}

impl Listener {
    fn open(server: &Server, page: &str) -> Listener {
        let stream = TcpStream::connect(&server.address).expect("the server listens");
        let address = format!(
            "ws://{}/__swivi/live?page=%2F{}",
            server.address,
            page.replace('/', "%2F")
        );
        // The server lists the page before it answers the handshake: from here on, the page
        // hears of every rebuild.
        let (mut socket, _) = tungstenite::client(address, stream).expect("a WebSocket");
        let (sender, events) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            while let Ok(message) = socket.read() {
                let text = message.into_text().unwrap_or_default();
                let name = text.split('\n').next().unwrap_or_default();
                if name != "alive" {
                    let _ = sender.send(name.to_owned());
                }
            }
        });
        Listener { events }
    }

    /// The next event, waiting for it as long as a rebuild may take.
    fn next(&self) -> String {
        self.events
            .recv_timeout(Duration::from_secs(60))
            .expect("an event")
    }

    /// The events received since the last call.
    fn received(&self) -> Vec<String> {
        std::thread::sleep(Duration::from_millis(300));
        self.events.try_iter().collect()
    }
}

#[test]
fn ten_pages_open_at_once_all_hear_of_a_rebuild() {
    let site = Fixture::base();
    let server = Server::start(site.root());
    let pages: Vec<Listener> = (0..10).map(|_| Listener::open(&server, "fr/")).collect();
    // A page of the site is still served while they listen.
    assert_eq!(server.get("fr/countries/cl/").0, 200);
    server.after(|| {
        site.write("content/countries/cl.md", "+++\ntitle = \"Chili\n+++\n");
    });
    for page in &pages {
        assert_eq!(page.next(), "errors");
    }
}

#[test]
fn a_page_made_by_an_older_build_is_reloaded_when_it_connects() {
    let site = Fixture::base();
    let server = Server::start(site.root());
    let (_, _, page) = server.request("fr/");
    let page = String::from_utf8(page).unwrap();
    assert!(page.contains("<script src=/__swivi/live.js data-build=1></script>"));
    let open = |build: u64| {
        let stream = TcpStream::connect(&server.address).unwrap();
        let address = format!(
            "ws://{}/__swivi/live?page=%2Ffr%2F&build={build}",
            server.address
        );
        let (mut socket, _) = tungstenite::client(address, stream).unwrap();
        socket.read().unwrap().into_text().unwrap().to_string()
    };
    // The first message of a page of the current build is the first sign of life.
    assert_eq!(open(1), "alive");
    server.after(|| {
        site.write("content/countries/cl.md", "+++\ntitle = \"Chile\"\n+++\n");
    });
    // A page loaded just before that save connects just after it.
    assert_eq!(open(1), "reload");
}

/// The base fixture, with `[admin]`: its browser editor at `/admin/`.
fn with_the_browser_editor() -> Fixture {
    let site = Fixture::base();
    site.write(
        "site.toml",
        &format!("{}\n[admin]\n", site.read("site.toml")),
    );
    site
}

#[test]
fn serve_sends_the_headers_the_published_site_gives_each_path() {
    let site = with_the_browser_editor();
    let server = Server::start(site.root());
    let (_, _, rules) = server.request("_headers");
    let rules = String::from_utf8(rules).unwrap();
    // The rule of `/{folder}/*`, without its Cache-Control: serve's files are never kept.
    let rule = |folder: &str| -> Vec<String> {
        let (_, rest) = rules
            .split_once(&format!("\n/{folder}/*\n"))
            .unwrap_or_else(|| panic!("no rule for /{folder}/* in {rules}"));
        rest.lines()
            .take_while(|line| line.starts_with("  "))
            .map(|line| line.trim().to_ascii_lowercase())
            .filter(|line| !line.starts_with("cache-control"))
            .collect()
    };
    for (path, folder) in [("fr/countries/cl/", "fr"), ("admin/", "admin")] {
        let (status, head, _) = server.request(path);
        assert_eq!(status, 200, "{path}");
        let expected = rule(folder);
        assert_eq!(expected.len(), 4, "{expected:?}");
        for line in &expected {
            assert!(
                head.contains(&format!("\r\n{line}\r\n")),
                "/{path}: no {line} in {head}"
            );
        }
        assert!(head.contains("\r\ncache-control: no-store\r\n"), "{head}");
    }
    // The site's pages and the editor have different policies: each got its own.
    assert_ne!(rule("fr"), rule("admin"));
    // A card other sites may frame: the rule of the cards, which lets any site frame it.
    let (status, head, _) = server.request("fr/countries/cl/embed/");
    assert_eq!(status, 200);
    assert!(head.contains("frame-ancestors *\r\n"), "{head}");
    assert!(!head.contains("x-frame-options"), "{head}");
    // A feed opened in a browser: the stylesheet it names comes as XSLT, under the policy of
    // the site's pages, which lets it load.
    let (_, _, feed) = server.request("fr/countries/cl/feed.xml");
    let feed = String::from_utf8(feed).unwrap();
    assert!(
        feed.contains("<?xml-stylesheet type=\"text/xsl\" href=\"/fr/feed.xsl\"?>"),
        "{feed}"
    );
    let (status, head, _) = server.request("fr/feed.xsl");
    assert_eq!(status, 200);
    assert!(
        head.contains("\r\ncontent-type: application/xslt+xml; charset=utf-8\r\n"),
        "{head}"
    );
    for line in rule("fr") {
        assert!(
            head.contains(&format!("\r\n{line}\r\n")),
            "no {line} in {head}"
        );
    }
}

#[test]
fn an_open_page_reloads_only_when_its_own_bytes_change() {
    let site = Fixture::base();
    let server = Server::start(site.root());
    // Made once, as a browser opening it would.
    assert_eq!(server.get("fr/countries/co/").0, 200);
    let colombia = Listener::open(&server, "fr/countries/co/");
    let chile = Listener::open(&server, "fr/countries/cl/");
    assert_eq!(server.get("fr/countries/cl/").0, 200);

    // Chile's text changes: its page reloads, Colombia's stays as it is.
    server.after(|| {
        site.write(
            "content/countries/cl.md",
            "+++\ntitle = \"Chili\"\n+++\nUn pays d'Amérique du Sud.\n",
        );
    });
    assert_eq!(chile.received(), ["reload"]);
    assert_eq!(colombia.received(), Vec::<String>::new());

    // A template error on country pages shows on both, over the last good version.
    server.after(|| {
        let template = site.read("themes/default/templates/country.html");
        site.write(
            "themes/default/templates/country.html",
            &template.replacen(
                "{% block main %}",
                "{% block main %}{{ nowhere.to_be_found }}",
                1,
            ),
        );
    });
    assert_eq!(chile.received(), ["errors"]);
    assert_eq!(colombia.received(), ["errors"]);
}

#[test]
fn the_browser_editor_is_served_as_built_and_never_reloaded() {
    let site = with_the_browser_editor();
    let server = Server::start(site.root());
    let (status, page) = server.get("admin/");
    assert_eq!(status, 200);
    let page = String::from_utf8(page).unwrap();
    // Decap CMS saves content files itself: a reload would lose what is being typed.
    assert!(
        page.contains("<script src=\"decap-cms.js\"></script>") && !page.contains("live.js"),
        "{page}"
    );
    serves_what_a_fresh_build_writes(&site, &server, &[]);
}

#[test]
fn serve_listens_on_loopback_and_never_answers_outside_the_site() {
    let site = Fixture::base();
    // A file beside the site's folder that a climbing address would reach on disk.
    let secret = site.root().parent().unwrap().join("swivi-serve-secret.txt");
    fs::write(&secret, "SECRET").unwrap();
    let server = Server::start(site.root());
    assert!(
        server.address.starts_with("127.0.0.1:"),
        "{}",
        server.address
    );
    for path in [
        "../swivi-serve-secret.txt",
        "fr/../../swivi-serve-secret.txt",
        "%2e%2e/swivi-serve-secret.txt",
        "%2E%2E%2Fswivi-serve-secret.txt",
        "..%2fswivi-serve-secret.txt",
        "..%5cswivi-serve-secret.txt",
        "%252e%252e/swivi-serve-secret.txt",
        "fr/%2e%2e/%2e%2e/site.toml",
        "site.toml",
        "content/countries/cl.md",
        "%00",
        "fr/%ff",
    ] {
        let (status, body) = server.get(path);
        assert!(status == 404 || status == 400, "/{path}: {status}");
        let body = String::from_utf8_lossy(&body);
        assert!(
            !body.contains("SECRET") && !body.contains("base_url"),
            "/{path}: {body}"
        );
    }
    fs::remove_file(&secret).unwrap();
    // The site itself is still served.
    assert_eq!(server.get("fr/").0, 200);
}
