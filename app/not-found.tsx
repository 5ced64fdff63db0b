// A path outside every language (e.g. /unknown.txt): the [locale] layout was never reached, so this
// page brings its own document. English, since no language was chosen.
export default function GlobalNotFound() {
  return (
    <html lang="en">
      <body style={{ fontFamily: "system-ui, sans-serif", padding: "2rem" }}>
        <h1>Page not found</h1>
        <p>
          <a href="/">Ballotbox</a>
        </p>
      </body>
    </html>
  );
}
