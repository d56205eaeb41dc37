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
    pub fn list_sources(&self) -> ListSources<'a> {
        ListSources { client: self.client }
    }

    /// Create a source
    ///
    /// Creates a source from a JSON-file schema (`schemas/Json.json`).
    ///
    /// `POST /sources` (`createSource`)
    pub fn create_source(&self, json: models::Json) -> CreateSource<'a> {
        CreateSource {
            client: self.client,
            json,
        }
    }

    /// List v3 sources
    ///
    /// Returns sources defined in `v3/schemas/Source.yaml`. Refs here climb folders:
    /// `../schemas/` is `v3/schemas/` and `../../schemas/` is the top-level `schemas/`.
    ///
    /// `GET /v3/sources` (`listV3Sources`)
    pub fn list_v3_sources(&self) -> ListV3Sources<'a> {
        ListV3Sources {
            client: self.client,
            limit: None,
        }
    }

    /// Replace a source with a legacy one
    ///
    /// Takes a top-level `schemas/Source.yaml` and returns a `v3/schemas/Source.yaml`.
    ///
    /// `PUT /v3/sources` (`replaceV3Source`)
    pub fn replace_v3_source(&self, source: models::Source) -> ReplaceV3Source<'a> {
        ReplaceV3Source {
            client: self.client,
            source,
        }
    }
}

/// The error statuses of [`SourcesApi::list_sources`](SourcesApi::list_sources), each with the body the spec declares.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ListSourcesError {
    /// 400: Client Error - Returned if the request body is invalid.
    BadRequest(models::Error),
    /// A status the spec does not declare here, or an empty body: see the raw response in [`crate::ServiceError`].
    Other,
}

impl crate::OperationError for ListSourcesError {
    fn decode(status: u16, body: &[u8]) -> Result<Self, crate::DecodeFailure> {
        let empty = body.trim_ascii().is_empty();
        Ok(
            match status {
                400 if !empty => {
                    ListSourcesError::BadRequest(crate::request::decode_body(body)?)
                }
                _ => ListSourcesError::Other,
            },
        )
    }
}

/// The request of [`SourcesApi::list_sources`](SourcesApi::list_sources): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListSources<'a> {
    client: &'a crate::Client,
}

impl ListSources<'_> {
    /// Sends the request: `GET /sources`.
    pub async fn send(
        self,
    ) -> Result<Vec<models::Source>, crate::SdkError<ListSourcesError>> {
        let response = self.response().await?;
        crate::request::json("listSources", response).await
    }

    async fn response(
        self,
    ) -> Result<reqwest::Response, crate::SdkError<ListSourcesError>> {
        let path = "/sources";
        let mut request = self.client.request(reqwest::Method::GET, path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        self.client.execute::<ListSourcesError>("listSources", request).await
    }
}

/// The error statuses of [`SourcesApi::create_source`](SourcesApi::create_source), each with the body the spec declares.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum CreateSourceError {
    /// 400: Client Error - Returned if the request body is invalid.
    BadRequest(models::Error),
    /// A status the spec does not declare here, or an empty body: see the raw response in [`crate::ServiceError`].
    Other,
}

impl crate::OperationError for CreateSourceError {
    fn decode(status: u16, body: &[u8]) -> Result<Self, crate::DecodeFailure> {
        let empty = body.trim_ascii().is_empty();
        Ok(
            match status {
                400 if !empty => {
                    CreateSourceError::BadRequest(crate::request::decode_body(body)?)
                }
                _ => CreateSourceError::Other,
            },
        )
    }
}

/// The request of [`SourcesApi::create_source`](SourcesApi::create_source): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateSource<'a> {
    client: &'a crate::Client,
    json: models::Json,
}

impl CreateSource<'_> {
    /// Sends the request: `POST /sources`.
    pub async fn send(
        self,
    ) -> Result<models::Source, crate::SdkError<CreateSourceError>> {
        let response = self.response().await?;
        crate::request::json("createSource", response).await
    }

    async fn response(
        self,
    ) -> Result<reqwest::Response, crate::SdkError<CreateSourceError>> {
        let path = "/sources";
        let mut request = self.client.request(reqwest::Method::POST, path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        {
            let value = self.json;
            request = crate::request::with_json(
                "createSource",
                request,
                "application/json",
                &value,
            )?;
        }
        self.client.execute::<CreateSourceError>("createSource", request).await
    }
}

/// The error statuses of [`SourcesApi::list_v3_sources`](SourcesApi::list_v3_sources), each with the body the spec declares.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ListV3SourcesError {
    /// 400: Client Error - Returned if the request body is invalid.
    BadRequest(models::Error),
    /// A status the spec does not declare here, or an empty body: see the raw response in [`crate::ServiceError`].
    Other,
}

impl crate::OperationError for ListV3SourcesError {
    fn decode(status: u16, body: &[u8]) -> Result<Self, crate::DecodeFailure> {
        let empty = body.trim_ascii().is_empty();
        Ok(
            match status {
                400 if !empty => {
                    ListV3SourcesError::BadRequest(crate::request::decode_body(body)?)
                }
                _ => ListV3SourcesError::Other,
            },
        )
    }
}

/// The request of [`SourcesApi::list_v3_sources`](SourcesApi::list_v3_sources): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListV3Sources<'a> {
    client: &'a crate::Client,
    limit: Option<i32>,
}

impl ListV3Sources<'_> {
    /// Max number of results to return. See [V3 API Standard Collection Parameters](https://example.com/standard-collection-parameters).
    ///
    /// The server's default: `250`.
    pub fn limit(mut self, limit: i32) -> Self {
        self.limit = Some(limit);
        self
    }

    /// Sends the request: `GET /v3/sources`.
    pub async fn send(
        self,
    ) -> Result<Vec<models::V3Source>, crate::SdkError<ListV3SourcesError>> {
        let response = self.response().await?;
        crate::request::json("listV3Sources", response).await
    }

    async fn response(
        self,
    ) -> Result<reqwest::Response, crate::SdkError<ListV3SourcesError>> {
        let path = "/v3/sources";
        let mut request = self.client.request(reqwest::Method::GET, path);
        let mut query: Vec<(&str, String)> = Vec::new();
        if let Some(value) = &self.limit {
            query.push(("limit", value.to_string()));
        }
        request = request.query(&query);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        self.client.execute::<ListV3SourcesError>("listV3Sources", request).await
    }
}

/// The error statuses of [`SourcesApi::replace_v3_source`](SourcesApi::replace_v3_source), each with the body the spec declares.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ReplaceV3SourceError {
    /// A status the spec does not declare here, or an empty body: see the raw response in [`crate::ServiceError`].
    Other,
}

impl crate::OperationError for ReplaceV3SourceError {
    fn decode(_status: u16, _body: &[u8]) -> Result<Self, crate::DecodeFailure> {
        Ok(ReplaceV3SourceError::Other)
    }
}

/// The request of [`SourcesApi::replace_v3_source`](SourcesApi::replace_v3_source): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ReplaceV3Source<'a> {
    client: &'a crate::Client,
    source: models::Source,
}

impl ReplaceV3Source<'_> {
    /// Sends the request: `PUT /v3/sources`.
    pub async fn send(
        self,
    ) -> Result<models::V3Source, crate::SdkError<ReplaceV3SourceError>> {
        let response = self.response().await?;
        crate::request::json("replaceV3Source", response).await
    }

    async fn response(
        self,
    ) -> Result<reqwest::Response, crate::SdkError<ReplaceV3SourceError>> {
        let path = "/v3/sources";
        let mut request = self.client.request(reqwest::Method::PUT, path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        {
            let value = self.source;
            request = crate::request::with_json(
                "replaceV3Source",
                request,
                "application/json",
                &value,
            )?;
        }
        self.client.execute::<ReplaceV3SourceError>("replaceV3Source", request).await
    }
}
