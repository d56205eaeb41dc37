//! A successful response's status and headers, beside its typed body: what the builders'
//! `send_with_metadata` returns; and a file's body as a stream, for `send_streaming`.

use std::pin::Pin;
use std::task::{Context, Poll};

use bytes::Bytes;
use futures_util::{Stream, StreamExt};
use reqwest::header::HeaderMap;

use crate::Error;

/// A response with a status in 2xx: the body typed as the operation declares it, and the
/// status and headers it came with (`X-Total-Count`, rate-limit headers, a request id).
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Response<T> {
    pub status: u16,
    pub headers: HeaderMap,
    pub body: T,
}

impl<T> Response<T> {
    /// The typed body, the status and headers dropped.
    pub fn into_body(self) -> T {
        self.body
    }
}

/// A file's body as it arrives, a chunk at a time: a [`Stream`] of [`Bytes`].
pub struct ByteStream {
    chunks: Pin<Box<dyn Stream<Item = Result<Bytes, Error>> + Send>>,
}

impl ByteStream {
    pub(crate) fn new(operation: &'static str, response: reqwest::Response) -> Self {
        let chunks = response
            .bytes_stream()
            .map(move |chunk| chunk.map_err(|source| Error::Http { operation, source }));
        ByteStream {
            chunks: Box::pin(chunks),
        }
    }

    /// The rest of the body, read whole.
    pub async fn collect(mut self) -> Result<Vec<u8>, Error> {
        let mut body = Vec::new();
        while let Some(chunk) = self.chunks.next().await {
            body.extend_from_slice(&chunk?);
        }
        Ok(body)
    }
}

impl Stream for ByteStream {
    type Item = Result<Bytes, Error>;

    fn poll_next(mut self: Pin<&mut Self>, context: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.chunks.as_mut().poll_next(context)
    }
}

impl std::fmt::Debug for ByteStream {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ByteStream")
    }
}
