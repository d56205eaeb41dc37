//! Role Change Propagation ensures that any changes to the composition of a role’s access objects
//! (entitlements, access profiles, or dimensions) are applied to all member identities.
//! For example: If an entitlement is removed from a role, all identities assigned to that role
//! should lose access to that entitlement as part of this process.

use crate::models;

/// The Role Propagation operations: get them from [`Client::role_propagation`](crate::Client::role_propagation).
#[derive(Debug, Clone, Copy)]
pub struct RolePropagationApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The Role Propagation operations.
    #[inline]
    pub fn role_propagation(&self) -> RolePropagationApi<'_> {
        RolePropagationApi { client: self }
    }
}

impl<'a> RolePropagationApi<'a> {
    /// Initiate Role Propagation process
    ///
    /// This endpoint initiates a role change propagation process for a tenant asynchronously.  If all preconditions are met, the request is accepted and a rolePropagationId is returned which  can be used to view the status.
    /// API throws 4xx if any of the following conditions are met - Role propagation feature is disabled  - There is an ongoing role propagation for the tenant - Role refresh needs to be kicked off as part of the role propagation (skipRoleRefresh=false) and there is an ongoing refresh for the tenant
    ///
    /// `POST /role-propagation/v1` (`startRolePropagationV1`)
    #[inline]
    pub fn start_role_propagation_v1(&self) -> StartRolePropagationV1 {
        StartRolePropagationV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            skip_role_refresh: None,
        }
    }

    /// Get status of Role-Propagation process
    ///
    /// This endpoint returns the information of the specified role change propagation process. The execution stage of the role propagation process can be one of the following:
    ///    - PENDING - The role propagation process is queued to be executed.
    ///    - DATA_AGGREGATION_RUNNING - The role propagation process is currently aggregating data.
    ///    - LAUNCH_PROVISIONING - The role propagation process has started to provision the access to the identities.
    ///    - SUCCEEDED - The role propagation process has successfully completed.
    ///    - FAILED - The role propagation process has failed.
    ///    - TERMINATED - The role propagation process was externally terminated.
    ///
    /// `GET /role-propagation/v1/{rolePropagationId}/status` (`getRolePropagationStatusV1`)
    #[inline]
    pub fn get_role_propagation_status_v1(
        &self,
        role_propagation_id: impl Into<String>,
    ) -> GetRolePropagationStatusV1 {
        GetRolePropagationStatusV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            role_propagation_id: role_propagation_id.into(),
        }
    }

    /// Get ongoing Role Propagation process
    ///
    /// This endpoint returns the information of ongoing role change propagation process for a tenant. It returns the information whether the role propagation process is currently running or not, If it is running it returns the details of the ongoing role propagation process. The execution stage of the role propagation process can be one of the following: - PENDING - The role propagation process is queued to be executed. - DATA_AGGREGATION_RUNNING - The role propagation process is currently aggregating data. - LAUNCH_PROVISIONING - The role propagation process has started to provision the access to the identities. - SUCCEEDED - The role propagation process has successfully completed. - FAILED - The role propagation process has failed. - TERMINATED - The role propagation process was externally terminated.
    ///
    /// `GET /role-propagation/v1/is-running` (`getOngoingRolePropagationV1`)
    #[inline]
    pub fn get_ongoing_role_propagation_v1(&self) -> GetOngoingRolePropagationV1 {
        GetOngoingRolePropagationV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
        }
    }

    /// Terminate Role Propagation process
    ///
    /// This endpoint terminates the ongoing role change propagation process for a tenant.
    ///
    /// `POST /role-propagation/v1/terminate` (`cancelRolePropagationV1`)
    #[inline]
    pub fn cancel_role_propagation_v1(&self) -> CancelRolePropagationV1 {
        CancelRolePropagationV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
        }
    }

    /// Get Role Change Propagation Configuration
    ///
    /// This endpoint fetches the Role Change Propagation Configuration for the tenant
    ///
    /// `GET /role-propagation-config/v1` (`getRolePropagationConfigV1`)
    #[inline]
    pub fn get_role_propagation_config_v1(&self) -> GetRolePropagationConfigV1 {
        GetRolePropagationConfigV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
        }
    }

    /// Update Role Change Propagation Configuration
    ///
    /// This endpoint enables or disables the Role Change Propagation Process for the tenant
    ///
    /// `PUT /role-propagation-config/v1` (`setRolePropagationConfigV1`)
    #[inline]
    pub fn set_role_propagation_config_v1(
        &self,
        role_propagation_config_input: models::RolePropagationConfigInput,
    ) -> SetRolePropagationConfigV1 {
        SetRolePropagationConfigV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            role_propagation_config_input,
        }
    }
}

/// The error statuses of [`RolePropagationApi::start_role_propagation_v1`](RolePropagationApi::start_role_propagation_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type StartRolePropagationV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`RolePropagationApi::start_role_propagation_v1`](RolePropagationApi::start_role_propagation_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct StartRolePropagationV1 {
    client: crate::Client,
    options: crate::request::Options,
    skip_role_refresh: Option<bool>,
}

impl StartRolePropagationV1 {
    /// When true, the role refresh is not performed. Keeping it false is recommended.
    ///
    /// The server's default: `false`.
    #[inline]
    pub fn skip_role_refresh(mut self, skip_role_refresh: bool) -> Self {
        self.skip_role_refresh = Some(skip_role_refresh);
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

    /// Sends the request: `POST /role-propagation/v1`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::RolePropagationResponse,
            crate::SdkError<StartRolePropagationV1Error>,
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
            crate::Response<models::RolePropagationResponse>,
            crate::SdkError<StartRolePropagationV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "startRolePropagationV1",
            self.options,
            move |client| {
                let path = "/role-propagation/v1";
                let mut request = client.request(reqwest::Method::POST, path);
                let mut query: Vec<(&str, String)> = Vec::new();
                if let Some(value) = &self.skip_role_refresh {
                    query.push(("skipRoleRefresh", value.to_string()));
                }
                request = request.query(&query);
                request = request.header("X-SailPoint-Experimental", "true");
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`RolePropagationApi::get_role_propagation_status_v1`](RolePropagationApi::get_role_propagation_status_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetRolePropagationStatusV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`RolePropagationApi::get_role_propagation_status_v1`](RolePropagationApi::get_role_propagation_status_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetRolePropagationStatusV1 {
    client: crate::Client,
    options: crate::request::Options,
    role_propagation_id: String,
}

impl GetRolePropagationStatusV1 {
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

    /// Sends the request: `GET /role-propagation/v1/{rolePropagationId}/status`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::RolePropagationStatusResponse,
            crate::SdkError<GetRolePropagationStatusV1Error>,
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
            crate::Response<models::RolePropagationStatusResponse>,
            crate::SdkError<GetRolePropagationStatusV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getRolePropagationStatusV1",
            self.options,
            move |client| {
                let path = [
                    "/role-propagation/v1/",
                    &crate::request::path_segment(&self.role_propagation_id),
                    "/status",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                request = request.header("X-SailPoint-Experimental", "true");
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`RolePropagationApi::get_ongoing_role_propagation_v1`](RolePropagationApi::get_ongoing_role_propagation_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type GetOngoingRolePropagationV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`RolePropagationApi::get_ongoing_role_propagation_v1`](RolePropagationApi::get_ongoing_role_propagation_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetOngoingRolePropagationV1 {
    client: crate::Client,
    options: crate::request::Options,
}

impl GetOngoingRolePropagationV1 {
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

    /// Sends the request: `GET /role-propagation/v1/is-running`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::RolePropagationOngoingResponse,
            crate::SdkError<GetOngoingRolePropagationV1Error>,
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
            crate::Response<models::RolePropagationOngoingResponse>,
            crate::SdkError<GetOngoingRolePropagationV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getOngoingRolePropagationV1",
            self.options,
            move |client| {
                let path = "/role-propagation/v1/is-running";
                let mut request = client.request(reqwest::Method::GET, path);
                request = request.header("X-SailPoint-Experimental", "true");
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`RolePropagationApi::cancel_role_propagation_v1`](RolePropagationApi::cancel_role_propagation_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type CancelRolePropagationV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`RolePropagationApi::cancel_role_propagation_v1`](RolePropagationApi::cancel_role_propagation_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CancelRolePropagationV1 {
    client: crate::Client,
    options: crate::request::Options,
}

impl CancelRolePropagationV1 {
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

    /// Sends the request: `POST /role-propagation/v1/terminate`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<(), crate::SdkError<CancelRolePropagationV1Error>>,
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
            crate::SdkError<CancelRolePropagationV1Error>,
        >,
    > {
        crate::request::empty(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "cancelRolePropagationV1",
            self.options,
            move |client| {
                let path = "/role-propagation/v1/terminate";
                let mut request = client.request(reqwest::Method::POST, path);
                request = request.header("X-SailPoint-Experimental", "true");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`RolePropagationApi::get_role_propagation_config_v1`](RolePropagationApi::get_role_propagation_config_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type GetRolePropagationConfigV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`RolePropagationApi::get_role_propagation_config_v1`](RolePropagationApi::get_role_propagation_config_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetRolePropagationConfigV1 {
    client: crate::Client,
    options: crate::request::Options,
}

impl GetRolePropagationConfigV1 {
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

    /// Sends the request: `GET /role-propagation-config/v1`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::RolePropagationConfigResponse,
            crate::SdkError<GetRolePropagationConfigV1Error>,
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
            crate::Response<models::RolePropagationConfigResponse>,
            crate::SdkError<GetRolePropagationConfigV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getRolePropagationConfigV1",
            self.options,
            move |client| {
                let path = "/role-propagation-config/v1";
                let mut request = client.request(reqwest::Method::GET, path);
                request = request.header("X-SailPoint-Experimental", "true");
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`RolePropagationApi::set_role_propagation_config_v1`](RolePropagationApi::set_role_propagation_config_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type SetRolePropagationConfigV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`RolePropagationApi::set_role_propagation_config_v1`](RolePropagationApi::set_role_propagation_config_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct SetRolePropagationConfigV1 {
    client: crate::Client,
    options: crate::request::Options,
    role_propagation_config_input: models::RolePropagationConfigInput,
}

impl SetRolePropagationConfigV1 {
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

    /// Sends the request: `PUT /role-propagation-config/v1`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::RolePropagationConfigResponse,
            crate::SdkError<SetRolePropagationConfigV1Error>,
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
            crate::Response<models::RolePropagationConfigResponse>,
            crate::SdkError<SetRolePropagationConfigV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "setRolePropagationConfigV1",
            self.options,
            move |client| {
                let path = "/role-propagation-config/v1";
                let mut request = client.request(reqwest::Method::PUT, path);
                request = request.header("X-SailPoint-Experimental", "true");
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.role_propagation_config_input;
                    request = crate::request::with_json(
                        "setRolePropagationConfigV1",
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
