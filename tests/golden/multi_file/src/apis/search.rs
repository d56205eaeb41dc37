//! Search with \[matchTerm\] trees; see <https://example.com/search>.

use crate::models;

/// The Search operations: get them from [`Client::search`](crate::Client::search).
#[derive(Debug, Clone, Copy)]
pub struct SearchApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The Search operations.
    #[inline]
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
    #[inline]
    pub fn get_selectors(&self) -> GetSelectors {
        GetSelectors {
            client: self.client.clone(),
            options: crate::request::Options::default(),
        }
    }

    /// List things
    ///
    /// Returns slim things, referencing `schemas/SlimThing.yaml` directly (the root also aliases it as `slimthing`).
    ///
    /// `GET /things` (`listThings`)
    #[inline]
    pub fn list_things(&self) -> ListThings {
        ListThings {
            client: self.client.clone(),
            options: crate::request::Options::default(),
        }
    }

    /// Create a thing
    ///
    /// Creates a full thing, which embeds a SlimThing.
    ///
    /// `POST /things` (`createThing`)
    #[inline]
    pub fn create_thing(&self, thing: models::Thing) -> CreateThing {
        CreateThing {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            thing,
        }
    }

    /// Search with match terms
    ///
    /// Searches using a tree of `matchTerm` objects.
    ///
    /// `POST /search` (`search`)
    #[inline]
    pub fn search(&self, match_term: Vec<models::MatchTerm>) -> Search {
        Search {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            match_term,
        }
    }
}

/// The error statuses of [`SearchApi::get_selectors`](SearchApi::get_selectors), each with the body the spec declares:
///
/// - none: every error status is `Other`.
///
/// Operations that declare the same statuses with the same bodies share this type, [`NoErrorStatuses`](crate::apis::errors::NoErrorStatuses).
pub type GetSelectorsError = crate::apis::errors::NoErrorStatuses;

/// The request of [`SearchApi::get_selectors`](SearchApi::get_selectors): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetSelectors {
    client: crate::Client,
    options: crate::request::Options,
}

impl GetSelectors {
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

    /// Sends the request: `GET /selectors`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::GetSelectors200Response,
            crate::SdkError<GetSelectorsError>,
        >,
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
            crate::Response<models::GetSelectors200Response>,
            crate::SdkError<GetSelectorsError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getSelectors",
            self.options,
            move |client| {
                let path = "/selectors";
                let mut request = client.request(reqwest::Method::GET, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`SearchApi::list_things`](SearchApi::list_things), each with the body the spec declares:
///
/// - none: every error status is `Other`.
///
/// Operations that declare the same statuses with the same bodies share this type, [`NoErrorStatuses`](crate::apis::errors::NoErrorStatuses).
pub type ListThingsError = crate::apis::errors::NoErrorStatuses;

/// The request of [`SearchApi::list_things`](SearchApi::list_things): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListThings {
    client: crate::Client,
    options: crate::request::Options,
}

impl ListThings {
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

    /// Sends the request: `GET /things`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<Vec<models::SlimThing>, crate::SdkError<ListThingsError>>,
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
            crate::Response<Vec<models::SlimThing>>,
            crate::SdkError<ListThingsError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "listThings",
            self.options,
            move |client| {
                let path = "/things";
                let mut request = client.request(reqwest::Method::GET, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`SearchApi::create_thing`](SearchApi::create_thing), each with the body the spec declares.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum CreateThingError {
    /// 500: Internal Server Error - Returned if there is an unexpected error.
    InternalServerError(models::Error),
    /// A status the spec does not declare here, an empty body or one that is not JSON: see the raw response in [`crate::ServiceError`].
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

    fn undeclared() -> Self {
        CreateThingError::Other
    }
}

/// The request of [`SearchApi::create_thing`](SearchApi::create_thing): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateThing {
    client: crate::Client,
    options: crate::request::Options,
    thing: models::Thing,
}

impl CreateThing {
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

    /// Sends the request: `POST /things`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<models::Thing, crate::SdkError<CreateThingError>>> {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Response<models::Thing>,
            crate::SdkError<CreateThingError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "createThing",
            self.options,
            move |client| {
                let path = "/things";
                let mut request = client.request(reqwest::Method::POST, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.thing;
                    request = crate::request::with_json(
                        "createThing",
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

/// The error statuses of [`SearchApi::search`](SearchApi::search), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400`](crate::apis::errors::Errors400).
pub type SearchError = crate::apis::errors::Errors400;

/// The request of [`SearchApi::search`](SearchApi::search): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct Search {
    client: crate::Client,
    options: crate::request::Options,
    match_term: Vec<models::MatchTerm>,
}

impl Search {
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

    /// Sends the request: `POST /search`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<Vec<models::Value>, crate::SdkError<SearchError>>> {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Response<Vec<models::Value>>,
            crate::SdkError<SearchError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "search",
            self.options,
            move |client| {
                let path = "/search";
                let mut request = client.request(reqwest::Method::POST, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.match_term;
                    request = crate::request::with_json(
                        "search",
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
