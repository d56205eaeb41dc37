//! What every operation's `send` shares: encoding arguments and decoding responses.

use std::time::Duration;

use percent_encoding::{AsciiSet, CONTROLS, utf8_percent_encode};
use serde::Serialize;
use serde::de::DeserializeOwned;

use reqwest::header::HeaderMap;

use crate::error::{DecodeFailure, OperationError, SdkError};
use crate::pagination::Page;
use crate::response::{ByteStream, Response};
use crate::{ApiClient, Error};

/// Everything but RFC 3986's unreserved characters: a value stays inside its path segment.
const PATH_SEGMENT: &AsciiSet = &CONTROLS
    .add(b' ')
    .add(b'"')
    .add(b'#')
    .add(b'%')
    .add(b'/')
    .add(b'<')
    .add(b'>')
    .add(b'?')
    .add(b'`')
    .add(b'{')
    .add(b'}')
    .add(b'[')
    .add(b']')
    .add(b'\\')
    .add(b'^')
    .add(b'|')
    .add(b':')
    .add(b'@')
    .add(b'!')
    .add(b'$')
    .add(b'&')
    .add(b'\'')
    .add(b'(')
    .add(b')')
    .add(b'*')
    .add(b'+')
    .add(b',')
    .add(b';')
    .add(b'=');

/// What a caller set for one request, over the configuration.
#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    /// Each attempt's timeout, in place of the configured one.
    pub timeout: Option<Duration>,
    /// How long all attempts and the waits between them may take.
    pub deadline: Option<Duration>,
    /// Sent without credentials: the operation declares that it needs none (`security: [{}]`),
    /// such as a public key set, which a server may refuse a token for.
    pub anonymous: bool,
}

impl Options {
    /// The options of an operation that needs no credentials.
    pub fn anonymous() -> Self {
        Options {
            anonymous: true,
            ..Options::default()
        }
    }
}

/// `value` encoded as one URL path segment.
pub fn path_segment(value: &str) -> String {
    let encoded = utf8_percent_encode(value, PATH_SEGMENT).to_string();
    // `.` and `..` are not data in a path: encode them so that they cannot climb.
    match encoded.as_str() {
        "." => "%2E".into(),
        ".." => "%2E%2E".into(),
        _ => encoded,
    }
}

/// A multipart text part, labelled `text/plain`.
pub fn text_part(value: String) -> reqwest::multipart::Part {
    reqwest::multipart::Part::text(value)
        .mime_str("text/plain; charset=utf-8")
        .expect("a valid media type")
}

/// A multipart part holding a JSON object, labelled `application/json`.
pub fn json_part(json: String) -> reqwest::multipart::Part {
    reqwest::multipart::Part::text(json)
        .mime_str("application/json")
        .expect("a valid media type")
}

/// The file name and content type a caller chose for an upload's file parts.
#[derive(Debug, Clone, Default)]
pub struct Upload {
    pub file_name: Option<String>,
    pub content_type: Option<String>,
}

/// A multipart file part: named and labelled as the caller chose, else after its part and
/// `application/octet-stream`.
pub fn file_part(
    bytes: Vec<u8>,
    part_name: &'static str,
    upload: &Upload,
) -> Result<reqwest::multipart::Part, Error> {
    let file_name = upload.file_name.as_deref().unwrap_or(part_name).to_string();
    let content_type = upload
        .content_type
        .as_deref()
        .unwrap_or("application/octet-stream");
    reqwest::multipart::Part::bytes(bytes)
        .file_name(file_name)
        .mime_str(content_type)
        .map_err(|_| {
            Error::Config(format!(
                "the upload's content type `{content_type}` is not a media type"
            ))
        })
}

pub fn with_json<T: Serialize + ?Sized>(
    operation: &'static str,
    request: reqwest::RequestBuilder,
    content_type: &'static str,
    body: &T,
) -> Result<reqwest::RequestBuilder, Error> {
    let bytes = serde_json::to_vec(body).map_err(|source| Error::Encode { operation, source })?;
    Ok(request
        .header(reqwest::header::CONTENT_TYPE, content_type)
        .body(bytes))
}

/// How an operation's request is built, anew for each attempt.
type Build = dyn Fn(&ApiClient) -> Result<reqwest::RequestBuilder, Error> + Send + Sync;

/// One operation's request, ready to send: its name, the caller's options and how to build it
/// (anew for each attempt). Every operation's `send` methods hand one to the functions below,
/// so that the async code is written, checked and compiled once, not once per operation.
pub struct Call {
    client: ApiClient,
    operation: &'static str,
    options: Options,
    build: Box<Build>,
}

impl Call {
    pub fn new(
        client: ApiClient,
        operation: &'static str,
        options: Options,
        build: impl Fn(&ApiClient) -> Result<reqwest::RequestBuilder, Error> + Send + Sync + 'static,
    ) -> Self {
        Call {
            client,
            operation,
            options,
            build: Box::new(build),
        }
    }

    async fn response<E: OperationError>(&self) -> Result<reqwest::Response, SdkError<E>> {
        let build = || (self.build)(&self.client);
        self.client
            .shared()
            .execute(self.operation, &self.options, &build)
            .await
    }

    /// The response's status, headers and whole body.
    async fn received<E: OperationError>(&self) -> Result<(u16, HeaderMap, Vec<u8>), SdkError<E>> {
        let mut response = self.response().await?;
        let (status, headers) = head(&mut response);
        Ok((status, headers, read(self.operation, response).await?))
    }
}

/// What `send` returns: the body of what `send_with_metadata` returns.
pub async fn body<T, E>(
    sent: impl Future<Output = Result<Response<T>, SdkError<E>>>,
) -> Result<T, SdkError<E>> {
    sent.await.map(Response::into_body)
}

/// Sends `call` and decodes its JSON body.
pub async fn json<T: DeserializeOwned, E: OperationError>(
    call: Call,
) -> Result<Response<T>, SdkError<E>> {
    let (status, headers, body) = call.received().await?;
    let body = decode(call.operation, status, body)?;
    Ok(Response {
        status,
        headers,
        body,
    })
}

/// Sends `call`, for an operation where some success statuses carry no body.
pub async fn json_or_empty<T: DeserializeOwned, E: OperationError>(
    call: Call,
) -> Result<Response<Option<T>>, SdkError<E>> {
    let (status, headers, body) = call.received().await?;
    let body = match body.iter().all(u8::is_ascii_whitespace) {
        true => None,
        false => Some(decode(call.operation, status, body)?),
    };
    Ok(Response {
        status,
        headers,
        body,
    })
}

/// Sends `call` and returns its body as it came.
pub async fn bytes<E: OperationError>(call: Call) -> Result<Response<Vec<u8>>, SdkError<E>> {
    let (status, headers, body) = call.received().await?;
    Ok(Response {
        status,
        headers,
        body,
    })
}

/// Sends `call`, for an operation whose response has no body worth reading.
pub async fn empty<E: OperationError>(call: Call) -> Result<Response<()>, SdkError<E>> {
    let (status, headers, _) = call.received().await?;
    Ok(Response {
        status,
        headers,
        body: (),
    })
}

/// Sends `call` and decodes one page of a listing, with the total the server counts.
pub async fn page<T: DeserializeOwned, E: OperationError>(
    call: Call,
) -> Result<Page<T>, SdkError<E>> {
    let (status, headers, body) = call.received().await?;
    let items = decode(call.operation, status, body)?;
    Ok(Page {
        items,
        total: crate::pagination::total_count(&headers),
    })
}

/// Sends `call` and leaves a file response's body to stream.
pub async fn streaming<E: OperationError>(call: Call) -> Result<Response<ByteStream>, SdkError<E>> {
    let mut response = call.response().await?;
    let (status, headers) = head(&mut response);
    Ok(Response {
        status,
        headers,
        body: ByteStream::new(call.operation, response),
    })
}

/// A response's status and headers. Reading the body needs none of the headers, so they are
/// moved out, not copied.
pub(crate) fn head(response: &mut reqwest::Response) -> (u16, HeaderMap) {
    (
        response.status().as_u16(),
        std::mem::take(response.headers_mut()),
    )
}

async fn read(operation: &'static str, response: reqwest::Response) -> Result<Vec<u8>, Error> {
    let bytes = response
        .bytes()
        .await
        .map_err(|source| Error::Http { operation, source })?;
    Ok(bytes.to_vec())
}

fn decode<T: DeserializeOwned>(
    operation: &'static str,
    status: u16,
    body: Vec<u8>,
) -> Result<T, Error> {
    decode_body(&body).map_err(|failure| Error::Decode {
        operation,
        status,
        path: failure.path,
        message: failure.message,
        body,
    })
}

/// Decodes a JSON body, saying where it does not fit `T`. The path is found only to explain a
/// failure, from the error's position (`json_path.rs`), so each type is decoded by one copy of
/// its code.
pub fn decode_body<T: DeserializeOwned>(body: &[u8]) -> Result<T, DecodeFailure> {
    serde_json::from_slice(body).map_err(|error| DecodeFailure {
        path: crate::json_path::path_at(body, error.line(), error.column()),
        message: error.to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_part_is_named_and_labelled_as_chosen() {
        assert!(file_part(vec![1], "file", &Upload::default()).is_ok());
        let chosen = Upload {
            file_name: Some("roles.csv".into()),
            content_type: Some("text/csv".into()),
        };
        assert!(file_part(vec![1], "file", &chosen).is_ok());
        let bad = Upload {
            content_type: Some("not a type".into()),
            ..Upload::default()
        };
        let error = file_part(vec![1], "file", &bad).unwrap_err();
        assert!(error.to_string().contains("`not a type`"), "{error}");
    }

    #[test]
    fn path_values_stay_in_their_segment() {
        assert_eq!(path_segment("a/b?c"), "a%2Fb%3Fc");
        assert_eq!(path_segment("../../x"), "..%2F..%2Fx");
        assert_eq!(path_segment(".."), "%2E%2E");
        assert_eq!(path_segment("2c91808a-7813"), "2c91808a-7813");
    }

    #[test]
    fn a_mismatched_body_names_the_json_path() {
        #[derive(Debug, serde::Deserialize)]
        struct Item {
            #[allow(dead_code)]
            id: String,
        }
        let error = decode::<Vec<Item>>("listThings", 200, br#"[{"id":"a"},{"id":3}]"#.to_vec())
            .unwrap_err();
        match error {
            Error::Decode {
                path, operation, ..
            } => assert_eq!((operation, path.as_str()), ("listThings", "[1].id")),
            other => panic!("unexpected {other:?}"),
        }
    }
}
