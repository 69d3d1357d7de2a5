//! Byte offsets to lines and columns.

/// Start offsets of every line of a source text.
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<u32>,
}

impl LineIndex {
    pub fn new(src: &str) -> Self {
        let mut starts = vec![0];
        for (i, b) in src.bytes().enumerate() {
            if b == b'\n' {
                starts.push(i as u32 + 1);
            }
        }
        LineIndex { starts }
    }

    /// 1-based line of a byte offset.
    pub fn line(&self, offset: u32) -> usize {
        match self.starts.binary_search(&offset) {
            Ok(i) => i + 1,
            Err(i) => i,
        }
    }

    /// 1-based line and 0-based column in characters.
    pub fn line_col(&self, src: &str, offset: u32) -> (usize, usize) {
        let line = self.line(offset);
        let start = self.starts[line - 1] as usize;
        let end = (offset as usize).min(src.len());
        let col = src
            .get(start..end)
            .map_or(end - start, |s| s.chars().count());
        (line, col)
    }

    /// Byte offset where a 1-based line starts.
    pub fn line_start(&self, line: usize) -> u32 {
        self.starts
            .get(line.saturating_sub(1))
            .copied()
            .unwrap_or(0)
    }

    /// The line as CPython's `PyErr_ProgramTextObject` re-reads it for
    /// compiler errors: through a 1000-byte buffer, so a long line yields
    /// only its last chunk of up to 999 bytes (newline included).
    pub fn program_text(&self, src: &str, line: usize) -> String {
        let mut text = self.line_text(src, line).as_bytes().to_vec();
        text.push(b'\n');
        let rem = text.len() % 999;
        let start = if rem == 0 {
            text.len().saturating_sub(999)
        } else {
            text.len() - rem
        };
        let chunk = &text[start..];
        String::from_utf8_lossy(chunk.strip_suffix(b"\n").unwrap_or(chunk)).into_owned()
    }

    /// The text of a 1-based line, without its line ending.
    pub fn line_text<'s>(&self, src: &'s str, line: usize) -> &'s str {
        let Some(&start) = self.starts.get(line.wrapping_sub(1)) else {
            return "";
        };
        let end = self.starts.get(line).map_or(src.len(), |&e| e as usize);
        src.get(start as usize..end)
            .unwrap_or("")
            .trim_end_matches(['\n', '\r'])
    }
}
