//! Source operations. Two `Source.yaml` files exist:
//! - `schemas/Source.yaml`
//! - `v3/schemas/Source.yaml`

use crate::models;

/// The Sources operations: get them from [`Client::sources`](crate::Client::sources).
#[derive(Debug, Clone, Copy)]
pub struct SourcesApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The Sources operations.
    #[inline]
    pub fn sources(&self) -> SourcesApi<'_> {
        SourcesApi { client: self }
    }
}

impl<'a> SourcesApi<'a> {
    /// List sources
    ///
    /// Returns sources defined in `schemas/Source.yaml`.
    ///
    /// `GET /sources` (`listSources`)
    #[inline]
    pub fn list_sources(&self) -> ListSources {
        ListSources {
            client: self.client.clone(),
            options: crate::request::Options::default(),
        }
    }

    /// Create a source
    ///
    /// Creates a source from a JSON-file schema (`schemas/Json.json`).
    ///
    /// `POST /sources` (`createSource`)
    #[inline]
    pub fn create_source(&self, json: models::Json) -> CreateSource {
        CreateSource {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            json,
        }
    }

    /// List v3 sources
    ///
    /// Returns sources defined in `v3/schemas/Source.yaml`. Refs here climb folders:
    /// `../schemas/` is `v3/schemas/` and `../../schemas/` is the top-level `schemas/`.
    ///
    /// `GET /v3/sources` (`listV3Sources`)
    #[inline]
    pub fn list_v3_sources(&self) -> ListV3Sources {
        ListV3Sources {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            limit: None,
        }
    }

    /// Replace a source with a legacy one
    ///
    /// Takes a top-level `schemas/Source.yaml` and returns a `v3/schemas/Source.yaml`.
    ///
    /// `PUT /v3/sources` (`replaceV3Source`)
    #[inline]
    pub fn replace_v3_source(&self, source: models::Source) -> ReplaceV3Source {
        ReplaceV3Source {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            source,
        }
    }
}

/// The error statuses of [`SourcesApi::list_sources`](SourcesApi::list_sources), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400`](crate::apis::errors::Errors400).
pub type ListSourcesError = crate::apis::errors::Errors400;

/// The request of [`SourcesApi::list_sources`](SourcesApi::list_sources): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListSources {
    client: crate::Client,
    options: crate::request::Options,
}

impl ListSources {
    /// Each attempt's timeout, in place of the configured one.
    #[inline]
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }

    /// How long all attempts and the waits between them may take: past it, the call fails
    /// with [`Error::Timeout`](crate::Error::Timeout).
    #[inline]
    pub fn deadline(mut self, deadline: std::time::Duration) -> Self {
        self.options.deadline = Some(deadline);
        self
    }

    /// Sends the request: `GET /sources`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<Vec<models::Source>, crate::SdkError<ListSourcesError>>,
    > {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Response<Vec<models::Source>>,
            crate::SdkError<ListSourcesError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "listSources",
            self.options,
            move |client| {
                let path = "/sources";
                let mut request = client.request(reqwest::Method::GET, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`SourcesApi::create_source`](SourcesApi::create_source), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400`](crate::apis::errors::Errors400).
pub type CreateSourceError = crate::apis::errors::Errors400;

/// The request of [`SourcesApi::create_source`](SourcesApi::create_source): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateSource {
    client: crate::Client,
    options: crate::request::Options,
    json: models::Json,
}

impl CreateSource {
    /// Each attempt's timeout, in place of the configured one.
    #[inline]
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }

    /// How long all attempts and the waits between them may take: past it, the call fails
    /// with [`Error::Timeout`](crate::Error::Timeout).
    #[inline]
    pub fn deadline(mut self, deadline: std::time::Duration) -> Self {
        self.options.deadline = Some(deadline);
        self
    }

    /// Sends the request: `POST /sources`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<models::Source, crate::SdkError<CreateSourceError>>,
    > {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Response<models::Source>,
            crate::SdkError<CreateSourceError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "createSource",
            self.options,
            move |client| {
                let path = "/sources";
                let mut request = client.request(reqwest::Method::POST, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.json;
                    request = crate::request::with_json(
                        "createSource",
                        request,
                        "application/json",
                        &value,
                    )?;
                }
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`SourcesApi::list_v3_sources`](SourcesApi::list_v3_sources), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400`](crate::apis::errors::Errors400).
pub type ListV3SourcesError = crate::apis::errors::Errors400;

/// The request of [`SourcesApi::list_v3_sources`](SourcesApi::list_v3_sources): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListV3Sources {
    client: crate::Client,
    options: crate::request::Options,
    limit: Option<i32>,
}

impl ListV3Sources {
    /// Max number of results to return. See [V3 API Standard Collection Parameters](https://example.com/standard-collection-parameters).
    ///
    /// The server's default: `250`.
    #[inline]
    pub fn limit(mut self, limit: i32) -> Self {
        self.limit = Some(limit);
        self
    }

    /// Each attempt's timeout, in place of the configured one.
    #[inline]
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }

    /// How long all attempts and the waits between them may take: past it, the call fails
    /// with [`Error::Timeout`](crate::Error::Timeout).
    #[inline]
    pub fn deadline(mut self, deadline: std::time::Duration) -> Self {
        self.options.deadline = Some(deadline);
        self
    }

    /// Sends the request: `GET /v3/sources`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<Vec<models::V3Source>, crate::SdkError<ListV3SourcesError>>,
    > {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Response<Vec<models::V3Source>>,
            crate::SdkError<ListV3SourcesError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "listV3Sources",
            self.options,
            move |client| {
                let path = "/v3/sources";
                let mut request = client.request(reqwest::Method::GET, path);
                let mut query: Vec<(&str, String)> = Vec::new();
                if let Some(value) = &self.limit {
                    query.push(("limit", value.to_string()));
                }
                request = request.query(&query);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`SourcesApi::replace_v3_source`](SourcesApi::replace_v3_source), each with the body the spec declares:
///
/// - none: every error status is `Other`.
///
/// Operations that declare the same statuses with the same bodies share this type, [`NoErrorStatuses`](crate::apis::errors::NoErrorStatuses).
pub type ReplaceV3SourceError = crate::apis::errors::NoErrorStatuses;

/// The request of [`SourcesApi::replace_v3_source`](SourcesApi::replace_v3_source): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ReplaceV3Source {
    client: crate::Client,
    options: crate::request::Options,
    source: models::Source,
}

impl ReplaceV3Source {
    /// Each attempt's timeout, in place of the configured one.
    #[inline]
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }

    /// How long all attempts and the waits between them may take: past it, the call fails
    /// with [`Error::Timeout`](crate::Error::Timeout).
    #[inline]
    pub fn deadline(mut self, deadline: std::time::Duration) -> Self {
        self.options.deadline = Some(deadline);
        self
    }

    /// Sends the request: `PUT /v3/sources`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<models::V3Source, crate::SdkError<ReplaceV3SourceError>>,
    > {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Response<models::V3Source>,
            crate::SdkError<ReplaceV3SourceError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "replaceV3Source",
            self.options,
            move |client| {
                let path = "/v3/sources";
                let mut request = client.request(reqwest::Method::PUT, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.source;
                    request = crate::request::with_json(
                        "replaceV3Source",
                        request,
                        "application/json",
                        &value,
                    )?;
                }
                Ok(request)
            },
        )
    }
}
