//! A stand-in for a generated crate: one area with one paged operation at SailPoint's beta path,
//! in the shape of generated code (`templates/rust/api.rs`) and through the runtime's public
//! items only, so that the runtime's tests can call an operation end to end.

use serde::Deserialize;

/// A thing the stand-in API lists.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Thing {
    pub id: String,
}

use sailpoint_runtime::{ApiClient, Client};

/// The stand-in crate's API path.
const API_PATH: &str = "/beta";

/// The stand-in operations on the shared client, as a generated crate's `Client` offers them.
pub trait Things {
    fn things(&self) -> ThingsApi;
}

impl Things for Client {
    fn things(&self) -> ThingsApi {
        ThingsApi {
            client: ApiClient::new(self.clone(), API_PATH),
        }
    }
}

/// The stand-in operations.
#[derive(Debug, Clone)]
pub struct ThingsApi {
    client: ApiClient,
}

impl ThingsApi {
    /// `GET /things/{kind}` (`listThings`)
    pub fn list_things(&self, kind: impl Into<String>) -> ListThings {
        ListThings {
            client: self.client.clone(),
            options: sailpoint_runtime::request::Options::default(),
            kind: kind.into(),
            limit: None,
            offset: None,
            count: None,
            listing: sailpoint_runtime::pagination::Listing::default(),
        }
    }
}

/// The error statuses of [`ThingsApi::list_things`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ListThingsError {
    /// 404: no such kind.
    NotFound(serde_json::Value),
    /// A status the spec does not declare here, or an empty body.
    Other,
}

impl sailpoint_runtime::OperationError for ListThingsError {
    fn decode(status: u16, body: &[u8]) -> Result<Self, sailpoint_runtime::DecodeFailure> {
        let empty = body.trim_ascii().is_empty();
        Ok(match status {
            404 if !empty => {
                ListThingsError::NotFound(sailpoint_runtime::request::decode_body(body)?)
            }
            _ => ListThingsError::Other,
        })
    }

    fn undeclared() -> Self {
        ListThingsError::Other
    }
}

/// The request of [`ThingsApi::list_things`].
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListThings {
    client: ApiClient,
    options: sailpoint_runtime::request::Options,
    kind: String,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
    listing: sailpoint_runtime::pagination::Listing,
}

impl ListThings {
    pub fn limit(mut self, limit: i32) -> Self {
        self.limit = Some(limit);
        self
    }

    pub fn offset(mut self, offset: i32) -> Self {
        self.offset = Some(offset);
        self
    }

    pub fn count(mut self, count: bool) -> Self {
        self.count = Some(count);
        self
    }

    pub fn max_items(mut self, max_items: usize) -> Self {
        self.listing.max_items = Some(max_items);
        self
    }

    pub fn pages_ahead(mut self, pages: usize) -> Self {
        self.listing.pages_ahead = Some(pages);
        self
    }

    /// Sends the request: `GET /things/{kind}`; returns one page.
    pub fn send(
        self,
    ) -> impl Future<Output = Result<Vec<Thing>, sailpoint_runtime::SdkError<ListThingsError>>>
    {
        sailpoint_runtime::request::body(self.send_with_metadata())
    }

    /// Sends the request and returns the response's status and headers with its body.
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<
            sailpoint_runtime::Response<Vec<Thing>>,
            sailpoint_runtime::SdkError<ListThingsError>,
        >,
    > {
        sailpoint_runtime::request::json(self.call())
    }

    /// Each attempt's timeout, in place of the configured one.
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }

    /// How long all attempts and the waits between them may take.
    pub fn deadline(mut self, deadline: std::time::Duration) -> Self {
        self.options.deadline = Some(deadline);
        self
    }

    /// Sends the request and returns one page with the server's total.
    pub fn send_page(
        self,
    ) -> impl Future<
        Output = Result<
            sailpoint_runtime::Page<Thing>,
            sailpoint_runtime::SdkError<ListThingsError>,
        >,
    > {
        sailpoint_runtime::request::page(self.call())
    }

    /// Every item of every page.
    pub fn items(
        self,
    ) -> impl futures_util::Stream<Item = Result<Thing, sailpoint_runtime::SdkError<ListThingsError>>>
    {
        let paging = sailpoint_runtime::pagination::Paging {
            offset: self.offset.map_or(0, i64::from),
            page_size: self.limit.map_or(250, i64::from),
            counts: true,
            budget: self.client.budget(),
        };
        let listing = self.listing;
        sailpoint_runtime::pagination::items(
            self,
            paging,
            listing,
            |mut request: Self, offset, limit, count| {
                request.offset = Some(i32::try_from(offset).unwrap_or(i32::MAX));
                request.limit = Some(i32::try_from(limit).unwrap_or(i32::MAX));
                if count {
                    request.count = Some(true);
                }
                request.send_page()
            },
        )
    }

    fn call(self) -> sailpoint_runtime::request::Call {
        sailpoint_runtime::request::Call::new(
            self.client,
            "listThings",
            self.options,
            move |client: &ApiClient| {
                let path = [
                    "/things/",
                    &sailpoint_runtime::request::path_segment(&self.kind),
                ]
                .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                let mut query: Vec<(&str, String)> = Vec::new();
                if let Some(value) = &self.limit {
                    query.push(("limit", value.to_string()));
                }
                if let Some(value) = &self.offset {
                    query.push(("offset", value.to_string()));
                }
                if let Some(value) = &self.count {
                    query.push(("count", value.to_string()));
                }
                request = request.query(&query);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}
