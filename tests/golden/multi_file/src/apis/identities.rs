//! Identity operations, backed by two different `Identity.yaml` files.

use crate::models;

/// The Identities operations: get them from [`Client::identities`](crate::Client::identities).
#[derive(Debug, Clone, Copy)]
pub struct IdentitiesApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The Identities operations.
    #[inline]
    pub fn identities(&self) -> IdentitiesApi<'_> {
        IdentitiesApi { client: self }
    }
}

impl<'a> IdentitiesApi<'a> {
    /// List identities
    ///
    /// Returns a page of identities; the page shape comes from `schemas/common.yaml#/Page`.
    ///
    /// `GET /identities` (`listIdentities`)
    #[inline]
    pub fn list_identities(&self) -> ListIdentities {
        ListIdentities {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            limit: None,
        }
    }

    /// Get an identity
    ///
    /// Returns the identity defined in `schemas/Identity.yaml`.
    ///
    /// `GET /identities/{id}` (`getIdentity`)
    #[inline]
    pub fn get_identity(&self, id: impl Into<String>) -> GetIdentity {
        GetIdentity {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
        }
    }

    /// List other identities
    ///
    /// Returns identities defined in `schemas/other/Identity.yaml` (same file stem, different folder).
    ///
    /// `GET /other-identities` (`listOtherIdentities`)
    #[inline]
    pub fn list_other_identities(&self) -> ListOtherIdentities {
        ListOtherIdentities {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            limit: None,
        }
    }
}

/// The error statuses of [`IdentitiesApi::list_identities`](IdentitiesApi::list_identities), each with the body the spec declares.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ListIdentitiesError {
    /// 400: Client Error - Returned if the request body is invalid.
    BadRequest(models::Error),
    /// 500: Internal Server Error - Returned if there is an unexpected error.
    InternalServerError(models::Error),
    /// A status the spec does not declare here, an empty body or one that is not JSON: see the raw response in [`crate::ServiceError`].
    Other,
}

impl crate::OperationError for ListIdentitiesError {
    fn decode(status: u16, body: &[u8]) -> Result<Self, crate::DecodeFailure> {
        let empty = body.trim_ascii().is_empty();
        Ok(
            match status {
                400 if !empty => {
                    ListIdentitiesError::BadRequest(crate::request::decode_body(body)?)
                }
                500 if !empty => {
                    ListIdentitiesError::InternalServerError(
                        crate::request::decode_body(body)?,
                    )
                }
                _ => ListIdentitiesError::Other,
            },
        )
    }

    fn undeclared() -> Self {
        ListIdentitiesError::Other
    }
}

/// The request of [`IdentitiesApi::list_identities`](IdentitiesApi::list_identities): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListIdentities {
    client: crate::Client,
    options: crate::request::Options,
    limit: Option<i32>,
}

impl ListIdentities {
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

    /// Sends the request: `GET /identities`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<models::Page, crate::SdkError<ListIdentitiesError>>,
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
            crate::Response<models::Page>,
            crate::SdkError<ListIdentitiesError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "listIdentities",
            self.options,
            move |client| {
                let path = "/identities";
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

/// The error statuses of [`IdentitiesApi::get_identity`](IdentitiesApi::get_identity), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400`](crate::apis::errors::Errors400).
pub type GetIdentityError = crate::apis::errors::Errors400;

/// The request of [`IdentitiesApi::get_identity`](IdentitiesApi::get_identity): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetIdentity {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
}

impl GetIdentity {
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

    /// Sends the request: `GET /identities/{id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<models::Identity, crate::SdkError<GetIdentityError>>,
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
            crate::Response<models::Identity>,
            crate::SdkError<GetIdentityError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getIdentity",
            self.options,
            move |client| {
                let path = ["/identities/", &crate::request::path_segment(&self.id)]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`IdentitiesApi::list_other_identities`](IdentitiesApi::list_other_identities), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400`](crate::apis::errors::Errors400).
pub type ListOtherIdentitiesError = crate::apis::errors::Errors400;

/// The request of [`IdentitiesApi::list_other_identities`](IdentitiesApi::list_other_identities): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListOtherIdentities {
    client: crate::Client,
    options: crate::request::Options,
    limit: Option<i32>,
}

impl ListOtherIdentities {
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

    /// Sends the request: `GET /other-identities`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::OtherIdentity>,
            crate::SdkError<ListOtherIdentitiesError>,
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
            crate::Response<Vec<models::OtherIdentity>>,
            crate::SdkError<ListOtherIdentitiesError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "listOtherIdentities",
            self.options,
            move |client| {
                let path = "/other-identities";
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
