//! The Launchers API.

use crate::models;

/// The Launchers operations: get them from [`Client::launchers`](crate::Client::launchers).
#[derive(Debug, Clone, Copy)]
pub struct LaunchersApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The Launchers operations.
    #[inline]
    pub fn launchers(&self) -> LaunchersApi<'_> {
        LaunchersApi { client: self }
    }
}

impl<'a> LaunchersApi<'a> {
    /// List all launchers for tenant
    ///
    /// Return a list of Launchers for the authenticated tenant
    ///
    /// `GET /launchers/v1` (`getLaunchersV1`)
    #[inline]
    pub fn get_launchers_v1(&self) -> GetLaunchersV1 {
        GetLaunchersV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            filters: None,
            next: None,
            limit: None,
        }
    }

    /// Create launcher
    ///
    /// Create a Launcher with given information
    ///
    /// `POST /launchers/v1` (`createLauncherV1`)
    #[inline]
    pub fn create_launcher_v1(
        &self,
        launcherrequest: models::Launcherrequest,
    ) -> CreateLauncherV1 {
        CreateLauncherV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            launcherrequest,
        }
    }

    /// Get launcher by id
    ///
    /// Get details for the given Launcher ID
    ///
    /// `GET /launchers/v1/{launcherID}` (`getLauncherV1`)
    #[inline]
    pub fn get_launcher_v1(&self, launcher_id: impl Into<String>) -> GetLauncherV1 {
        GetLauncherV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            launcher_id: launcher_id.into(),
        }
    }

    /// Replace launcher
    ///
    /// Replace the given Launcher ID with given payload
    ///
    /// `PUT /launchers/v1/{launcherID}` (`putLauncherV1`)
    #[inline]
    pub fn put_launcher_v1(
        &self,
        launcher_id: impl Into<String>,
        launcherrequest: models::Launcherrequest,
    ) -> PutLauncherV1 {
        PutLauncherV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            launcher_id: launcher_id.into(),
            launcherrequest,
        }
    }

    /// Delete launcher
    ///
    /// Delete the given Launcher ID
    ///
    /// `DELETE /launchers/v1/{launcherID}` (`deleteLauncherV1`)
    #[inline]
    pub fn delete_launcher_v1(
        &self,
        launcher_id: impl Into<String>,
    ) -> DeleteLauncherV1 {
        DeleteLauncherV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            launcher_id: launcher_id.into(),
        }
    }

    /// Launch a launcher
    ///
    /// Launch the given Launcher ID
    ///
    /// `POST /launchers/v1/{launcherID}/launch` (`startLauncherV1`)
    #[inline]
    pub fn start_launcher_v1(&self, launcher_id: impl Into<String>) -> StartLauncherV1 {
        StartLauncherV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            launcher_id: launcher_id.into(),
        }
    }
}

/// The error statuses of [`LaunchersApi::get_launchers_v1`](LaunchersApi::get_launchers_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetLaunchersV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`LaunchersApi::get_launchers_v1`](LaunchersApi::get_launchers_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetLaunchersV1 {
    client: crate::Client,
    options: crate::request::Options,
    filters: Option<String>,
    next: Option<String>,
    limit: Option<i32>,
}

impl GetLaunchersV1 {
    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **description**: *sw*
    ///
    /// **disabled**: *eq*
    ///
    /// **name**: *sw*
    #[inline]
    pub fn filters(mut self, filters: impl Into<String>) -> Self {
        self.filters = Some(filters.into());
        self
    }

    /// Pagination marker
    #[inline]
    pub fn next(mut self, next: impl Into<String>) -> Self {
        self.next = Some(next.into());
        self
    }

    /// Number of Launchers to return
    ///
    /// The server's default: `10`.
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

    /// Sends the request: `GET /launchers/v1`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::GetLaunchersV1200Response,
            crate::SdkError<GetLaunchersV1Error>,
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
            crate::Response<models::GetLaunchersV1200Response>,
            crate::SdkError<GetLaunchersV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getLaunchersV1",
            self.options,
            move |client| {
                let path = "/launchers/v1";
                let mut request = client.request(reqwest::Method::GET, path);
                let mut query: Vec<(&str, String)> = Vec::new();
                if let Some(value) = &self.filters {
                    query.push(("filters", value.clone()));
                }
                if let Some(value) = &self.next {
                    query.push(("next", value.clone()));
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

/// The error statuses of [`LaunchersApi::create_launcher_v1`](LaunchersApi::create_launcher_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type CreateLauncherV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`LaunchersApi::create_launcher_v1`](LaunchersApi::create_launcher_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateLauncherV1 {
    client: crate::Client,
    options: crate::request::Options,
    launcherrequest: models::Launcherrequest,
}

impl CreateLauncherV1 {
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

    /// Sends the request: `POST /launchers/v1`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<models::Launcher, crate::SdkError<CreateLauncherV1Error>>,
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
            crate::Response<models::Launcher>,
            crate::SdkError<CreateLauncherV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "createLauncherV1",
            self.options,
            move |client| {
                let path = "/launchers/v1";
                let mut request = client.request(reqwest::Method::POST, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.launcherrequest;
                    request = crate::request::with_json(
                        "createLauncherV1",
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

/// The error statuses of [`LaunchersApi::get_launcher_v1`](LaunchersApi::get_launcher_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetLauncherV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`LaunchersApi::get_launcher_v1`](LaunchersApi::get_launcher_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetLauncherV1 {
    client: crate::Client,
    options: crate::request::Options,
    launcher_id: String,
}

impl GetLauncherV1 {
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

    /// Sends the request: `GET /launchers/v1/{launcherID}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<models::Launcher, crate::SdkError<GetLauncherV1Error>>,
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
            crate::Response<models::Launcher>,
            crate::SdkError<GetLauncherV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getLauncherV1",
            self.options,
            move |client| {
                let path = [
                    "/launchers/v1/",
                    &crate::request::path_segment(&self.launcher_id),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`LaunchersApi::put_launcher_v1`](LaunchersApi::put_launcher_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type PutLauncherV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`LaunchersApi::put_launcher_v1`](LaunchersApi::put_launcher_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PutLauncherV1 {
    client: crate::Client,
    options: crate::request::Options,
    launcher_id: String,
    launcherrequest: models::Launcherrequest,
}

impl PutLauncherV1 {
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

    /// Sends the request: `PUT /launchers/v1/{launcherID}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<models::Launcher, crate::SdkError<PutLauncherV1Error>>,
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
            crate::Response<models::Launcher>,
            crate::SdkError<PutLauncherV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "putLauncherV1",
            self.options,
            move |client| {
                let path = [
                    "/launchers/v1/",
                    &crate::request::path_segment(&self.launcher_id),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::PUT, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.launcherrequest;
                    request = crate::request::with_json(
                        "putLauncherV1",
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

/// The error statuses of [`LaunchersApi::delete_launcher_v1`](LaunchersApi::delete_launcher_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type DeleteLauncherV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`LaunchersApi::delete_launcher_v1`](LaunchersApi::delete_launcher_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteLauncherV1 {
    client: crate::Client,
    options: crate::request::Options,
    launcher_id: String,
}

impl DeleteLauncherV1 {
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

    /// Sends the request: `DELETE /launchers/v1/{launcherID}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<(), crate::SdkError<DeleteLauncherV1Error>>> {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<crate::Response<()>, crate::SdkError<DeleteLauncherV1Error>>,
    > {
        crate::request::empty(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "deleteLauncherV1",
            self.options,
            move |client| {
                let path = [
                    "/launchers/v1/",
                    &crate::request::path_segment(&self.launcher_id),
                ]
                    .concat();
                let request = client.request(reqwest::Method::DELETE, &path);
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`LaunchersApi::start_launcher_v1`](LaunchersApi::start_launcher_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type StartLauncherV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`LaunchersApi::start_launcher_v1`](LaunchersApi::start_launcher_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct StartLauncherV1 {
    client: crate::Client,
    options: crate::request::Options,
    launcher_id: String,
}

impl StartLauncherV1 {
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

    /// Sends the request: `POST /launchers/v1/{launcherID}/launch`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::StartLauncherV1200Response,
            crate::SdkError<StartLauncherV1Error>,
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
            crate::Response<models::StartLauncherV1200Response>,
            crate::SdkError<StartLauncherV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "startLauncherV1",
            self.options,
            move |client| {
                let path = [
                    "/launchers/v1/",
                    &crate::request::path_segment(&self.launcher_id),
                    "/launch",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::POST, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}
