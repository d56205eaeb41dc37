//! Saas Connectivity Customizers are cloud-based connector customizers. The customizers allow you to customize the out of the box connectors in a similar way to how you can use rules to customize VA (virtual appliance) based connectors.
//!
//! Use these APIs to implement connector customizers functionality.

use crate::models;

/// The Connector Customizers operations: get them from [`Client::connector_customizers`](crate::Client::connector_customizers).
#[derive(Debug, Clone, Copy)]
pub struct ConnectorCustomizersApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The Connector Customizers operations.
    #[inline]
    pub fn connector_customizers(&self) -> ConnectorCustomizersApi<'_> {
        ConnectorCustomizersApi {
            client: self,
        }
    }
}

impl<'a> ConnectorCustomizersApi<'a> {
    /// List all connector customizers
    ///
    /// List all connector customizers.
    ///
    /// `GET /connector-customizers/v1` (`listConnectorCustomizersV1`)
    #[inline]
    pub fn list_connector_customizers_v1(&self) -> ListConnectorCustomizersV1 {
        ListConnectorCustomizersV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            offset: None,
            limit: None,
            listing: crate::pagination::Listing::default(),
        }
    }

    /// Create connector customizer
    ///
    /// Create a connector customizer.
    ///
    /// `POST /connector-customizers/v1` (`createConnectorCustomizerV1`)
    #[inline]
    pub fn create_connector_customizer_v1(
        &self,
        connectorcustomizercreaterequest: models::Connectorcustomizercreaterequest,
    ) -> CreateConnectorCustomizerV1 {
        CreateConnectorCustomizerV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            connectorcustomizercreaterequest,
        }
    }

    /// Get connector customizer
    ///
    /// Gets connector customizer by ID.
    ///
    /// `GET /connector-customizers/v1/{id}` (`getConnectorCustomizerV1`)
    #[inline]
    pub fn get_connector_customizer_v1(
        &self,
        id: impl Into<String>,
    ) -> GetConnectorCustomizerV1 {
        GetConnectorCustomizerV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
        }
    }

    /// Update connector customizer
    ///
    /// Update an existing connector customizer with the one provided in the request body. These fields are immutable: `id`, `name`, `type`.
    ///
    /// `PUT /connector-customizers/v1/{id}` (`putConnectorCustomizerV1`)
    #[inline]
    pub fn put_connector_customizer_v1(
        &self,
        id: impl Into<String>,
    ) -> PutConnectorCustomizerV1 {
        PutConnectorCustomizerV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
            connectorcustomizerupdaterequest: None,
        }
    }

    /// Delete connector customizer
    ///
    /// Delete the connector customizer for the given ID.
    ///
    /// `DELETE /connector-customizers/v1/{id}` (`deleteConnectorCustomizerV1`)
    #[inline]
    pub fn delete_connector_customizer_v1(
        &self,
        id: impl Into<String>,
    ) -> DeleteConnectorCustomizerV1 {
        DeleteConnectorCustomizerV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
        }
    }

    /// Creates a connector customizer version
    ///
    /// Creates a new version for the customizer.
    ///
    /// `POST /connector-customizers/v1/{id}/versions` (`createConnectorCustomizerVersionV1`)
    #[inline]
    pub fn create_connector_customizer_version_v1(
        &self,
        id: impl Into<String>,
    ) -> CreateConnectorCustomizerVersionV1 {
        CreateConnectorCustomizerVersionV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
        }
    }
}

/// The error statuses of [`ConnectorCustomizersApi::list_connector_customizers_v1`](ConnectorCustomizersApi::list_connector_customizers_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type ListConnectorCustomizersV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`ConnectorCustomizersApi::list_connector_customizers_v1`](ConnectorCustomizersApi::list_connector_customizers_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListConnectorCustomizersV1 {
    client: crate::Client,
    options: crate::request::Options,
    offset: Option<i32>,
    limit: Option<i32>,
    listing: crate::pagination::Listing,
}

impl ListConnectorCustomizersV1 {
    /// Offset into the full result set. Usually specified with *limit* to paginate through the results.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// The server's default: `0`.
    #[inline]
    pub fn offset(mut self, offset: i32) -> Self {
        self.offset = Some(offset);
        self
    }

    /// Max number of results to return.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
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

    /// The most items [`items`](Self::items) yields, over all pages.
    #[inline]
    pub fn max_items(mut self, max_items: usize) -> Self {
        self.listing.max_items = Some(max_items);
        self
    }

    /// How many pages [`items`](Self::items) requests beyond the one being read, whatever the
    /// reader's pace and wherever the list ends (0 for one page at a time). If not set, the
    /// listing plans its pages and keeps as many in flight as
    /// the client's rate limit and the reader allow.
    #[inline]
    pub fn pages_ahead(mut self, pages: usize) -> Self {
        self.listing.pages_ahead = Some(pages);
        self
    }

    /// Sends the request: `GET /connector-customizers/v1`; returns one page.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::Connectorcustomizersresponse>,
            crate::SdkError<ListConnectorCustomizersV1Error>,
        >,
    > {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request and returns one page with the total the server counts when asked
    /// with `.count(true)`.
    #[inline]
    pub fn send_page(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Page<models::Connectorcustomizersresponse>,
            crate::SdkError<ListConnectorCustomizersV1Error>,
        >,
    > {
        crate::request::page(self.call())
    }

    /// Every item of every page from `offset`, fetched as the stream is read: pages of
    /// `limit` items (250 if not set), up to [`max_items`](Self::max_items),
    /// in order. As many pages are in flight as the client's rate limit and the reader's pace
    /// allow; the
    /// end of the list is never an error, even where the tenant answers 400 for the offset past
    /// a full last page. Dropping the stream cancels the requests in flight.
    #[inline]
    pub fn items(
        self,
    ) -> impl futures_util::Stream<
        Item = Result<
            models::Connectorcustomizersresponse,
            crate::SdkError<ListConnectorCustomizersV1Error>,
        >,
    > {
        let paging = crate::pagination::Paging {
            offset: self.offset.map_or(0, i64::from),
            page_size: self.limit.map_or(250, i64::from),
            counts: false,
            budget: self.client.api.budget(),
        };
        let listing = self.listing;
        crate::pagination::items(
            self,
            paging,
            listing,
            |mut request: Self, offset, limit, _| {
                request.offset = Some(i32::try_from(offset).unwrap_or(i32::MAX));
                request.limit = Some(i32::try_from(limit).unwrap_or(i32::MAX));
                request.send_page()
            },
        )
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Response<Vec<models::Connectorcustomizersresponse>>,
            crate::SdkError<ListConnectorCustomizersV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "listConnectorCustomizersV1",
            self.options,
            move |client| {
                let path = "/connector-customizers/v1";
                let mut request = client.request(reqwest::Method::GET, path);
                let mut query: Vec<(&str, String)> = Vec::new();
                if let Some(value) = &self.offset {
                    query.push(("offset", value.to_string()));
                }
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

/// The error statuses of [`ConnectorCustomizersApi::create_connector_customizer_v1`](ConnectorCustomizersApi::create_connector_customizer_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type CreateConnectorCustomizerV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`ConnectorCustomizersApi::create_connector_customizer_v1`](ConnectorCustomizersApi::create_connector_customizer_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateConnectorCustomizerV1 {
    client: crate::Client,
    options: crate::request::Options,
    connectorcustomizercreaterequest: models::Connectorcustomizercreaterequest,
}

impl CreateConnectorCustomizerV1 {
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

    /// Sends the request: `POST /connector-customizers/v1`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Connectorcustomizercreateresponse,
            crate::SdkError<CreateConnectorCustomizerV1Error>,
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
            crate::Response<models::Connectorcustomizercreateresponse>,
            crate::SdkError<CreateConnectorCustomizerV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "createConnectorCustomizerV1",
            self.options,
            move |client| {
                let path = "/connector-customizers/v1";
                let mut request = client.request(reqwest::Method::POST, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.connectorcustomizercreaterequest;
                    request = crate::request::with_json(
                        "createConnectorCustomizerV1",
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

/// The error statuses of [`ConnectorCustomizersApi::get_connector_customizer_v1`](ConnectorCustomizersApi::get_connector_customizer_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetConnectorCustomizerV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`ConnectorCustomizersApi::get_connector_customizer_v1`](ConnectorCustomizersApi::get_connector_customizer_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetConnectorCustomizerV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
}

impl GetConnectorCustomizerV1 {
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

    /// Sends the request: `GET /connector-customizers/v1/{id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Connectorcustomizersresponse,
            crate::SdkError<GetConnectorCustomizerV1Error>,
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
            crate::Response<models::Connectorcustomizersresponse>,
            crate::SdkError<GetConnectorCustomizerV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getConnectorCustomizerV1",
            self.options,
            move |client| {
                let path = [
                    "/connector-customizers/v1/",
                    &crate::request::path_segment(&self.id),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`ConnectorCustomizersApi::put_connector_customizer_v1`](ConnectorCustomizersApi::put_connector_customizer_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type PutConnectorCustomizerV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`ConnectorCustomizersApi::put_connector_customizer_v1`](ConnectorCustomizersApi::put_connector_customizer_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PutConnectorCustomizerV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
    connectorcustomizerupdaterequest: Option<models::Connectorcustomizerupdaterequest>,
}

impl PutConnectorCustomizerV1 {
    /// Connector rule with updated data.
    #[inline]
    pub fn connectorcustomizerupdaterequest(
        mut self,
        connectorcustomizerupdaterequest: models::Connectorcustomizerupdaterequest,
    ) -> Self {
        self.connectorcustomizerupdaterequest = Some(connectorcustomizerupdaterequest);
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

    /// Sends the request: `PUT /connector-customizers/v1/{id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Connectorcustomizerupdateresponse,
            crate::SdkError<PutConnectorCustomizerV1Error>,
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
            crate::Response<models::Connectorcustomizerupdateresponse>,
            crate::SdkError<PutConnectorCustomizerV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "putConnectorCustomizerV1",
            self.options,
            move |client| {
                let path = [
                    "/connector-customizers/v1/",
                    &crate::request::path_segment(&self.id),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::PUT, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                if let Some(value) = &self.connectorcustomizerupdaterequest {
                    request = crate::request::with_json(
                        "putConnectorCustomizerV1",
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

/// The error statuses of [`ConnectorCustomizersApi::delete_connector_customizer_v1`](ConnectorCustomizersApi::delete_connector_customizer_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type DeleteConnectorCustomizerV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`ConnectorCustomizersApi::delete_connector_customizer_v1`](ConnectorCustomizersApi::delete_connector_customizer_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteConnectorCustomizerV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
}

impl DeleteConnectorCustomizerV1 {
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

    /// Sends the request: `DELETE /connector-customizers/v1/{id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<(), crate::SdkError<DeleteConnectorCustomizerV1Error>>,
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
            crate::Response<()>,
            crate::SdkError<DeleteConnectorCustomizerV1Error>,
        >,
    > {
        crate::request::empty(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "deleteConnectorCustomizerV1",
            self.options,
            move |client| {
                let path = [
                    "/connector-customizers/v1/",
                    &crate::request::path_segment(&self.id),
                ]
                    .concat();
                let request = client.request(reqwest::Method::DELETE, &path);
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`ConnectorCustomizersApi::create_connector_customizer_version_v1`](ConnectorCustomizersApi::create_connector_customizer_version_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type CreateConnectorCustomizerVersionV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`ConnectorCustomizersApi::create_connector_customizer_version_v1`](ConnectorCustomizersApi::create_connector_customizer_version_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateConnectorCustomizerVersionV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
}

impl CreateConnectorCustomizerVersionV1 {
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

    /// Sends the request: `POST /connector-customizers/v1/{id}/versions`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Connectorcustomizerversioncreateresponse,
            crate::SdkError<CreateConnectorCustomizerVersionV1Error>,
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
            crate::Response<models::Connectorcustomizerversioncreateresponse>,
            crate::SdkError<CreateConnectorCustomizerVersionV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "createConnectorCustomizerVersionV1",
            self.options,
            move |client| {
                let path = [
                    "/connector-customizers/v1/",
                    &crate::request::path_segment(&self.id),
                    "/versions",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::POST, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}
