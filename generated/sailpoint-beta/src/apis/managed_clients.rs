//! Use this API to implement managed client functionality.
//! With this functionality in place, administrators can modify and delete existing managed clients, create new ones, and view and make changes to their log configurations.

use crate::models;

/// The Managed Clients operations: get them from [`Client::managed_clients`](crate::Client::managed_clients).
#[derive(Debug, Clone, Copy)]
pub struct ManagedClientsApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The Managed Clients operations.
    #[inline]
    pub fn managed_clients(&self) -> ManagedClientsApi<'_> {
        ManagedClientsApi { client: self }
    }
}

impl<'a> ManagedClientsApi<'a> {
    /// Specified managed client status.
    ///
    /// Retrieve Managed Client Status by ID.
    ///
    /// `GET /managed-clients/{id}/status` (`getManagedClientStatus`)
    #[deprecated(note = "deprecated in the spec")]
    #[inline]
    pub fn get_managed_client_status(
        &self,
        id: impl Into<String>,
        r#type: models::ManagedClientType,
    ) -> GetManagedClientStatus {
        GetManagedClientStatus {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
            r#type,
        }
    }

    /// Handle status request from client
    ///
    /// Update a status detail passed in from the client
    ///
    /// `POST /managed-clients/{id}/status` (`updateManagedClientStatus`)
    #[deprecated(note = "deprecated in the spec")]
    #[inline]
    pub fn update_managed_client_status(
        &self,
        id: impl Into<String>,
        managed_client_status: models::ManagedClientStatus,
    ) -> UpdateManagedClientStatus {
        UpdateManagedClientStatus {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
            managed_client_status,
        }
    }
}

/// The error statuses of [`ManagedClientsApi::get_managed_client_status`](ManagedClientsApi::get_managed_client_status), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetManagedClientStatusError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`ManagedClientsApi::get_managed_client_status`](ManagedClientsApi::get_managed_client_status): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetManagedClientStatus {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
    r#type: models::ManagedClientType,
}

impl GetManagedClientStatus {
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

    /// Sends the request: `GET /managed-clients/{id}/status`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::ManagedClientStatus,
            crate::SdkError<GetManagedClientStatusError>,
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
            crate::Response<models::ManagedClientStatus>,
            crate::SdkError<GetManagedClientStatusError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getManagedClientStatus",
            self.options,
            move |client| {
                let path = [
                    "/managed-clients/",
                    &crate::request::path_segment(&self.id),
                    "/status",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                let mut query: Vec<(&str, String)> = Vec::new();
                {
                    let value = &self.r#type;
                    query.push(("type", value.as_str().to_owned()));
                }
                request = request.query(&query);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`ManagedClientsApi::update_managed_client_status`](ManagedClientsApi::update_managed_client_status), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type UpdateManagedClientStatusError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`ManagedClientsApi::update_managed_client_status`](ManagedClientsApi::update_managed_client_status): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateManagedClientStatus {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
    managed_client_status: models::ManagedClientStatus,
}

impl UpdateManagedClientStatus {
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

    /// Sends the request: `POST /managed-clients/{id}/status`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::ManagedClientStatusAggResponse,
            crate::SdkError<UpdateManagedClientStatusError>,
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
            crate::Response<models::ManagedClientStatusAggResponse>,
            crate::SdkError<UpdateManagedClientStatusError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "updateManagedClientStatus",
            self.options,
            move |client| {
                let path = [
                    "/managed-clients/",
                    &crate::request::path_segment(&self.id),
                    "/status",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::POST, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.managed_client_status;
                    request = crate::request::with_json(
                        "updateManagedClientStatus",
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
