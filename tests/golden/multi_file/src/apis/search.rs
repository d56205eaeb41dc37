//! Search with \[matchTerm\] trees; see <https://example.com/search>.

use crate::models;

/// The Search operations: get them from [`Client::search`](crate::Client::search).
#[derive(Debug, Clone, Copy)]
pub struct SearchApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The Search operations.
    pub fn search(&self) -> SearchApi<'_> {
        SearchApi { client: self }
    }
}

impl<'a> SearchApi<'a> {
    /// Get selectors
    ///
    /// Returns both `schemas/selector.yaml` and `v3/schemas/Selector.yaml` (names collide by case).
    ///
    /// `GET /selectors` (`getSelectors`)
    pub fn get_selectors(&self) -> GetSelectors<'a> {
        GetSelectors {
            client: self.client,
        }
    }

    /// List things
    ///
    /// Returns slim things, referencing `schemas/SlimThing.yaml` directly (the root also aliases it as `slimthing`).
    ///
    /// `GET /things` (`listThings`)
    pub fn list_things(&self) -> ListThings<'a> {
        ListThings { client: self.client }
    }

    /// Create a thing
    ///
    /// Creates a full thing, which embeds a SlimThing.
    ///
    /// `POST /things` (`createThing`)
    pub fn create_thing(&self, thing: models::Thing) -> CreateThing<'a> {
        CreateThing {
            client: self.client,
            thing,
        }
    }

    /// Search with match terms
    ///
    /// Searches using a tree of `matchTerm` objects.
    ///
    /// `POST /search` (`search`)
    pub fn search(&self, match_term: Vec<models::MatchTerm>) -> Search<'a> {
        Search {
            client: self.client,
            match_term,
        }
    }
}

/// The error statuses of [`SearchApi::get_selectors`](SearchApi::get_selectors), each with the body the spec declares.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetSelectorsError {
    /// A status the spec does not declare here, or an empty body: see the raw response in [`crate::ServiceError`].
    Other,
}

impl crate::OperationError for GetSelectorsError {
    fn decode(_status: u16, _body: &[u8]) -> Result<Self, crate::DecodeFailure> {
        Ok(GetSelectorsError::Other)
    }
}

/// The request of [`SearchApi::get_selectors`](SearchApi::get_selectors): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetSelectors<'a> {
    client: &'a crate::Client,
}

impl GetSelectors<'_> {
    /// Sends the request: `GET /selectors`.
    pub async fn send(
        self,
    ) -> Result<models::GetSelectors200Response, crate::SdkError<GetSelectorsError>> {
        let response = self.response().await?;
        crate::request::json("getSelectors", response).await
    }

    async fn response(
        self,
    ) -> Result<reqwest::Response, crate::SdkError<GetSelectorsError>> {
        let path = "/selectors";
        let mut request = self.client.request(reqwest::Method::GET, path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        self.client.execute::<GetSelectorsError>("getSelectors", request).await
    }
}

/// The error statuses of [`SearchApi::list_things`](SearchApi::list_things), each with the body the spec declares.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ListThingsError {
    /// A status the spec does not declare here, or an empty body: see the raw response in [`crate::ServiceError`].
    Other,
}

impl crate::OperationError for ListThingsError {
    fn decode(_status: u16, _body: &[u8]) -> Result<Self, crate::DecodeFailure> {
        Ok(ListThingsError::Other)
    }
}

/// The request of [`SearchApi::list_things`](SearchApi::list_things): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListThings<'a> {
    client: &'a crate::Client,
}

impl ListThings<'_> {
    /// Sends the request: `GET /things`.
    pub async fn send(
        self,
    ) -> Result<Vec<models::SlimThing>, crate::SdkError<ListThingsError>> {
        let response = self.response().await?;
        crate::request::json("listThings", response).await
    }

    async fn response(
        self,
    ) -> Result<reqwest::Response, crate::SdkError<ListThingsError>> {
        let path = "/things";
        let mut request = self.client.request(reqwest::Method::GET, path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        self.client.execute::<ListThingsError>("listThings", request).await
    }
}

/// The error statuses of [`SearchApi::create_thing`](SearchApi::create_thing), each with the body the spec declares.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum CreateThingError {
    /// 500: Internal Server Error - Returned if there is an unexpected error.
    InternalServerError(models::Error),
    /// A status the spec does not declare here, or an empty body: see the raw response in [`crate::ServiceError`].
    Other,
}

impl crate::OperationError for CreateThingError {
    fn decode(status: u16, body: &[u8]) -> Result<Self, crate::DecodeFailure> {
        let empty = body.trim_ascii().is_empty();
        Ok(
            match status {
                500 if !empty => {
                    CreateThingError::InternalServerError(
                        crate::request::decode_body(body)?,
                    )
                }
                _ => CreateThingError::Other,
            },
        )
    }
}

/// The request of [`SearchApi::create_thing`](SearchApi::create_thing): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateThing<'a> {
    client: &'a crate::Client,
    thing: models::Thing,
}

impl CreateThing<'_> {
    /// Sends the request: `POST /things`.
    pub async fn send(self) -> Result<models::Thing, crate::SdkError<CreateThingError>> {
        let response = self.response().await?;
        crate::request::json("createThing", response).await
    }

    async fn response(
        self,
    ) -> Result<reqwest::Response, crate::SdkError<CreateThingError>> {
        let path = "/things";
        let mut request = self.client.request(reqwest::Method::POST, path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        {
            let value = self.thing;
            request = crate::request::with_json(
                "createThing",
                request,
                "application/json",
                &value,
            )?;
        }
        self.client.execute::<CreateThingError>("createThing", request).await
    }
}

/// The error statuses of [`SearchApi::search`](SearchApi::search), each with the body the spec declares.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum SearchError {
    /// 400: Client Error - Returned if the request body is invalid.
    BadRequest(models::Error),
    /// A status the spec does not declare here, or an empty body: see the raw response in [`crate::ServiceError`].
    Other,
}

impl crate::OperationError for SearchError {
    fn decode(status: u16, body: &[u8]) -> Result<Self, crate::DecodeFailure> {
        let empty = body.trim_ascii().is_empty();
        Ok(
            match status {
                400 if !empty => {
                    SearchError::BadRequest(crate::request::decode_body(body)?)
                }
                _ => SearchError::Other,
            },
        )
    }
}

/// The request of [`SearchApi::search`](SearchApi::search): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct Search<'a> {
    client: &'a crate::Client,
    match_term: Vec<models::MatchTerm>,
}

impl Search<'_> {
    /// Sends the request: `POST /search`.
    pub async fn send(self) -> Result<Vec<models::Value>, crate::SdkError<SearchError>> {
        let response = self.response().await?;
        crate::request::json("search", response).await
    }

    async fn response(self) -> Result<reqwest::Response, crate::SdkError<SearchError>> {
        let path = "/search";
        let mut request = self.client.request(reqwest::Method::POST, path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        {
            let value = self.match_term;
            request = crate::request::with_json(
                "search",
                request,
                "application/json",
                &value,
            )?;
        }
        self.client.execute::<SearchError>("search", request).await
    }
}
