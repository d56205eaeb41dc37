//! Use this API to manage Launchers.
//!
//! Launchers are objects that allow users to launch various tasks from ISC such as Privileged Workflows.

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
    /// `GET /launchers` (`getLaunchers`)
    #[inline]
    pub fn get_launchers(&self) -> GetLaunchers {
        GetLaunchers {
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
    /// `POST /launchers` (`createLauncher`)
    #[inline]
    pub fn create_launcher(
        &self,
        launcher_request: models::LauncherRequest,
    ) -> CreateLauncher {
        CreateLauncher {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            launcher_request,
        }
    }

    /// Get launcher by id
    ///
    /// Get details for the given Launcher ID
    ///
    /// `GET /launchers/{launcherID}` (`getLauncher`)
    #[inline]
    pub fn get_launcher(&self, launcher_id: impl Into<String>) -> GetLauncher {
        GetLauncher {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            launcher_id: launcher_id.into(),
        }
    }

    /// Replace launcher
    ///
    /// Replace the given Launcher ID with given payload
    ///
    /// `PUT /launchers/{launcherID}` (`putLauncher`)
    #[inline]
    pub fn put_launcher(
        &self,
        launcher_id: impl Into<String>,
        launcher_request: models::LauncherRequest,
    ) -> PutLauncher {
        PutLauncher {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            launcher_id: launcher_id.into(),
            launcher_request,
        }
    }

    /// Delete launcher
    ///
    /// Delete the given Launcher ID
    ///
    /// `DELETE /launchers/{launcherID}` (`deleteLauncher`)
    #[inline]
    pub fn delete_launcher(&self, launcher_id: impl Into<String>) -> DeleteLauncher {
        DeleteLauncher {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            launcher_id: launcher_id.into(),
        }
    }

    /// Launch a launcher
    ///
    /// Launch the given Launcher ID
    ///
    /// `POST /beta/launchers/{launcherID}/launch` (`startLauncher`)
    #[inline]
    pub fn start_launcher(&self, launcher_id: impl Into<String>) -> StartLauncher {
        StartLauncher {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            launcher_id: launcher_id.into(),
        }
    }
}

/// The error statuses of [`LaunchersApi::get_launchers`](LaunchersApi::get_launchers), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetLaunchersError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`LaunchersApi::get_launchers`](LaunchersApi::get_launchers): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetLaunchers {
    client: crate::Client,
    options: crate::request::Options,
    filters: Option<String>,
    next: Option<String>,
    limit: Option<i32>,
}

impl GetLaunchers {
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

    /// Sends the request: `GET /launchers`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::GetLaunchers200Response,
            crate::SdkError<GetLaunchersError>,
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
            crate::Response<models::GetLaunchers200Response>,
            crate::SdkError<GetLaunchersError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getLaunchers",
            self.options,
            move |client| {
                let path = "/launchers";
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

/// The error statuses of [`LaunchersApi::create_launcher`](LaunchersApi::create_launcher), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type CreateLauncherError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`LaunchersApi::create_launcher`](LaunchersApi::create_launcher): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateLauncher {
    client: crate::Client,
    options: crate::request::Options,
    launcher_request: models::LauncherRequest,
}

impl CreateLauncher {
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

    /// Sends the request: `POST /launchers`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<models::Launcher, crate::SdkError<CreateLauncherError>>,
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
            crate::SdkError<CreateLauncherError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "createLauncher",
            self.options,
            move |client| {
                let path = "/launchers";
                let mut request = client.request(reqwest::Method::POST, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.launcher_request;
                    request = crate::request::with_json(
                        "createLauncher",
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

/// The error statuses of [`LaunchersApi::get_launcher`](LaunchersApi::get_launcher), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetLauncherError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`LaunchersApi::get_launcher`](LaunchersApi::get_launcher): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetLauncher {
    client: crate::Client,
    options: crate::request::Options,
    launcher_id: String,
}

impl GetLauncher {
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

    /// Sends the request: `GET /launchers/{launcherID}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<models::Launcher, crate::SdkError<GetLauncherError>>,
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
            crate::SdkError<GetLauncherError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getLauncher",
            self.options,
            move |client| {
                let path = [
                    "/launchers/",
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

/// The error statuses of [`LaunchersApi::put_launcher`](LaunchersApi::put_launcher), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type PutLauncherError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`LaunchersApi::put_launcher`](LaunchersApi::put_launcher): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PutLauncher {
    client: crate::Client,
    options: crate::request::Options,
    launcher_id: String,
    launcher_request: models::LauncherRequest,
}

impl PutLauncher {
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

    /// Sends the request: `PUT /launchers/{launcherID}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<models::Launcher, crate::SdkError<PutLauncherError>>,
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
            crate::SdkError<PutLauncherError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "putLauncher",
            self.options,
            move |client| {
                let path = [
                    "/launchers/",
                    &crate::request::path_segment(&self.launcher_id),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::PUT, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.launcher_request;
                    request = crate::request::with_json(
                        "putLauncher",
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

/// The error statuses of [`LaunchersApi::delete_launcher`](LaunchersApi::delete_launcher), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type DeleteLauncherError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`LaunchersApi::delete_launcher`](LaunchersApi::delete_launcher): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteLauncher {
    client: crate::Client,
    options: crate::request::Options,
    launcher_id: String,
}

impl DeleteLauncher {
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

    /// Sends the request: `DELETE /launchers/{launcherID}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<(), crate::SdkError<DeleteLauncherError>>> {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<crate::Response<()>, crate::SdkError<DeleteLauncherError>>,
    > {
        crate::request::empty(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "deleteLauncher",
            self.options,
            move |client| {
                let path = [
                    "/launchers/",
                    &crate::request::path_segment(&self.launcher_id),
                ]
                    .concat();
                let request = client.request(reqwest::Method::DELETE, &path);
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`LaunchersApi::start_launcher`](LaunchersApi::start_launcher), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type StartLauncherError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`LaunchersApi::start_launcher`](LaunchersApi::start_launcher): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct StartLauncher {
    client: crate::Client,
    options: crate::request::Options,
    launcher_id: String,
}

impl StartLauncher {
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

    /// Sends the request: `POST /beta/launchers/{launcherID}/launch`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::StartLauncher200Response,
            crate::SdkError<StartLauncherError>,
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
            crate::Response<models::StartLauncher200Response>,
            crate::SdkError<StartLauncherError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "startLauncher",
            self.options,
            move |client| {
                let path = [
                    "/beta/launchers/",
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
