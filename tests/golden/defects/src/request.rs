//! What every operation's `send` shares: encoding arguments and decoding responses.

use std::time::Duration;

use percent_encoding::{AsciiSet, CONTROLS, utf8_percent_encode};
use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::Error;
use crate::error::DecodeFailure;
use crate::error::SdkError;
use crate::response::{ByteStream, Response};

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

pub async fn json<T: DeserializeOwned, E>(
    operation: &'static str,
    response: reqwest::Response,
) -> Result<T, SdkError<E>> {
    let status = response.status().as_u16();
    let body = read(operation, response).await?;
    Ok(decode(operation, status, body)?)
}

/// A file response, its body left to stream.
pub fn streaming(operation: &'static str, mut response: reqwest::Response) -> Response<ByteStream> {
    // The body needs none of the headers: they are moved out, not copied.
    let (status, headers) = (
        response.status().as_u16(),
        std::mem::take(response.headers_mut()),
    );
    Response {
        status,
        headers,
        body: ByteStream::new(operation, response),
    }
}

/// For operations where some success statuses carry no body.
pub async fn json_or_empty<T: DeserializeOwned, E>(
    operation: &'static str,
    response: reqwest::Response,
) -> Result<Option<T>, SdkError<E>> {
    let status = response.status().as_u16();
    let body = read(operation, response).await?;
    if body.iter().all(u8::is_ascii_whitespace) {
        return Ok(None);
    }
    Ok(decode(operation, status, body).map(Some)?)
}

pub async fn bytes<E>(
    operation: &'static str,
    response: reqwest::Response,
) -> Result<Vec<u8>, SdkError<E>> {
    Ok(read(operation, response).await?)
}

pub async fn empty<E>(
    operation: &'static str,
    response: reqwest::Response,
) -> Result<(), SdkError<E>> {
    Ok(read(operation, response).await.map(drop)?)
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

/// Decodes a JSON body, saying where it does not fit `T`. Tracking the path costs an
/// allocation per key, so it is done only to explain a failure.
pub fn decode_body<T: DeserializeOwned>(body: &[u8]) -> Result<T, DecodeFailure> {
    if let Ok(value) = serde_json::from_slice(body) {
        return Ok(value);
    }
    let deserializer = &mut serde_json::Deserializer::from_slice(body);
    serde_path_to_error::deserialize(deserializer).map_err(|error| DecodeFailure {
        path: error.path().to_string(),
        message: error.into_inner().to_string(),
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
