//! Use this API to implement work reassignment functionality.
//!
//! Work Reassignment allows access request reviews, certifications, and manual provisioning tasks assigned to a user to be reassigned to a different user. This is primarily used for:
//!
//! - Temporarily redirecting work for users who are out of office, such as on vacation or sick leave
//! - Permanently redirecting work for users who should not be assigned these tasks at all, such as senior executives or service identities
//!
//! Users can define reassignments for themselves, managers can add them for their team members, and administrators can configure them on any user's behalf. Work assigned during the specified reassignment timeframes will be automatically reassigned to the designated user as it is created.
//!
//! Refer to [Work Reassignment](https://documentation.sailpoint.com/saas/help/users/work_reassignment.html) for more information about this topic.

use crate::models;

/// The Work Reassignment operations: get them from [`Client::work_reassignment`](crate::Client::work_reassignment).
#[derive(Debug, Clone, Copy)]
pub struct WorkReassignmentApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The Work Reassignment operations.
    #[inline]
    pub fn work_reassignment(&self) -> WorkReassignmentApi<'_> {
        WorkReassignmentApi {
            client: self,
        }
    }
}

impl<'a> WorkReassignmentApi<'a> {
    /// List reassignment config types
    ///
    /// Gets a collection of types which are available in the Reassignment Configuration UI.
    ///
    /// `GET /reassignment-configurations/v1/types` (`getReassignmentConfigTypesV1`)
    #[inline]
    pub fn get_reassignment_config_types_v1(&self) -> GetReassignmentConfigTypesV1 {
        GetReassignmentConfigTypesV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
        }
    }

    /// List reassignment configurations
    ///
    /// Gets all Reassignment configuration for the current org.
    ///
    /// `GET /reassignment-configurations/v1` (`listReassignmentConfigurationsV1`)
    #[inline]
    pub fn list_reassignment_configurations_v1(
        &self,
    ) -> ListReassignmentConfigurationsV1 {
        ListReassignmentConfigurationsV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
        }
    }

    /// Create a reassignment configuration
    ///
    /// Creates a new Reassignment Configuration for the specified identity.
    ///
    /// `POST /reassignment-configurations/v1` (`createReassignmentConfigurationV1`)
    #[inline]
    pub fn create_reassignment_configuration_v1(
        &self,
        configurationitemrequest: models::Configurationitemrequest,
    ) -> CreateReassignmentConfigurationV1 {
        CreateReassignmentConfigurationV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            configurationitemrequest,
        }
    }

    /// Get reassignment configuration
    ///
    /// Gets the Reassignment Configuration for an identity.
    ///
    /// `GET /reassignment-configurations/v1/{identityId}` (`getReassignmentConfigurationV1`)
    #[inline]
    pub fn get_reassignment_configuration_v1(
        &self,
        identity_id: impl Into<String>,
    ) -> GetReassignmentConfigurationV1 {
        GetReassignmentConfigurationV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            identity_id: identity_id.into(),
        }
    }

    /// Update reassignment configuration
    ///
    /// Replaces existing Reassignment configuration for an identity with the newly provided configuration.
    ///
    /// `PUT /reassignment-configurations/v1/{identityId}` (`putReassignmentConfigV1`)
    #[inline]
    pub fn put_reassignment_config_v1(
        &self,
        identity_id: impl Into<String>,
        configurationitemrequest: models::Configurationitemrequest,
    ) -> PutReassignmentConfigV1 {
        PutReassignmentConfigV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            identity_id: identity_id.into(),
            configurationitemrequest,
        }
    }

    /// Delete reassignment configuration
    ///
    /// Deletes a single reassignment configuration for the specified identity
    ///
    /// `DELETE /reassignment-configurations/v1/{identityId}/{configType}` (`deleteReassignmentConfigurationV1`)
    #[inline]
    pub fn delete_reassignment_configuration_v1(
        &self,
        identity_id: impl Into<String>,
        config_type: models::Configtypeenum,
    ) -> DeleteReassignmentConfigurationV1 {
        DeleteReassignmentConfigurationV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            identity_id: identity_id.into(),
            config_type,
        }
    }

    /// Evaluate reassignment configuration
    ///
    /// Evaluates the Reassignment Configuration for an `Identity` to determine if work items for the specified type should be reassigned. If a valid Reassignment Configuration is found for the identity & work type, then a lookup is initiated which recursively fetches the Reassignment Configuration for the next `TargetIdentity` until no more results are found or a max depth of 5. That lookup trail is provided in the response and the final reassigned identity in the lookup list is returned as the `reassignToId` property. If no Reassignment Configuration is found for the specified identity & config type then the requested Identity ID will be used as the `reassignToId` value and the lookupTrail node will be empty.
    ///
    /// `GET /reassignment-configurations/v1/{identityId}/evaluate/{configType}` (`getEvaluateReassignmentConfigurationV1`)
    #[inline]
    pub fn get_evaluate_reassignment_configuration_v1(
        &self,
        identity_id: impl Into<String>,
        config_type: models::Configtypeenum,
    ) -> GetEvaluateReassignmentConfigurationV1 {
        GetEvaluateReassignmentConfigurationV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            identity_id: identity_id.into(),
            config_type,
            exclusion_filters: None,
        }
    }

    /// Get tenant-wide reassignment configuration settings
    ///
    /// Gets the global Reassignment Configuration settings for the requestor's tenant.
    ///
    /// `GET /reassignment-configurations/v1/tenant-config` (`getTenantConfigConfigurationV1`)
    #[inline]
    pub fn get_tenant_config_configuration_v1(&self) -> GetTenantConfigConfigurationV1 {
        GetTenantConfigConfigurationV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
        }
    }

    /// Update tenant-wide reassignment configuration settings
    ///
    /// Replaces existing Tenant-wide Reassignment Configuration settings with the newly provided settings.
    ///
    /// `PUT /reassignment-configurations/v1/tenant-config` (`putTenantConfigurationV1`)
    #[inline]
    pub fn put_tenant_configuration_v1(
        &self,
        tenantconfigurationrequest: models::Tenantconfigurationrequest,
    ) -> PutTenantConfigurationV1 {
        PutTenantConfigurationV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            tenantconfigurationrequest,
        }
    }
}

/// The error statuses of [`WorkReassignmentApi::get_reassignment_config_types_v1`](WorkReassignmentApi::get_reassignment_config_types_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type GetReassignmentConfigTypesV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`WorkReassignmentApi::get_reassignment_config_types_v1`](WorkReassignmentApi::get_reassignment_config_types_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetReassignmentConfigTypesV1 {
    client: crate::Client,
    options: crate::request::Options,
}

impl GetReassignmentConfigTypesV1 {
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

    /// Sends the request: `GET /reassignment-configurations/v1/types`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::Configtype>,
            crate::SdkError<GetReassignmentConfigTypesV1Error>,
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
            crate::Response<Vec<models::Configtype>>,
            crate::SdkError<GetReassignmentConfigTypesV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getReassignmentConfigTypesV1",
            self.options,
            move |client| {
                let path = "/reassignment-configurations/v1/types";
                let mut request = client.request(reqwest::Method::GET, path);
                request = request.header("X-SailPoint-Experimental", "true");
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`WorkReassignmentApi::list_reassignment_configurations_v1`](WorkReassignmentApi::list_reassignment_configurations_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type ListReassignmentConfigurationsV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`WorkReassignmentApi::list_reassignment_configurations_v1`](WorkReassignmentApi::list_reassignment_configurations_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListReassignmentConfigurationsV1 {
    client: crate::Client,
    options: crate::request::Options,
}

impl ListReassignmentConfigurationsV1 {
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

    /// Sends the request: `GET /reassignment-configurations/v1`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::Configurationresponse>,
            crate::SdkError<ListReassignmentConfigurationsV1Error>,
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
            crate::Response<Vec<models::Configurationresponse>>,
            crate::SdkError<ListReassignmentConfigurationsV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "listReassignmentConfigurationsV1",
            self.options,
            move |client| {
                let path = "/reassignment-configurations/v1";
                let mut request = client.request(reqwest::Method::GET, path);
                request = request.header("X-SailPoint-Experimental", "true");
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`WorkReassignmentApi::create_reassignment_configuration_v1`](WorkReassignmentApi::create_reassignment_configuration_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type CreateReassignmentConfigurationV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`WorkReassignmentApi::create_reassignment_configuration_v1`](WorkReassignmentApi::create_reassignment_configuration_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateReassignmentConfigurationV1 {
    client: crate::Client,
    options: crate::request::Options,
    configurationitemrequest: models::Configurationitemrequest,
}

impl CreateReassignmentConfigurationV1 {
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

    /// Sends the request: `POST /reassignment-configurations/v1`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Configurationitemresponse,
            crate::SdkError<CreateReassignmentConfigurationV1Error>,
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
            crate::Response<models::Configurationitemresponse>,
            crate::SdkError<CreateReassignmentConfigurationV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "createReassignmentConfigurationV1",
            self.options,
            move |client| {
                let path = "/reassignment-configurations/v1";
                let mut request = client.request(reqwest::Method::POST, path);
                request = request.header("X-SailPoint-Experimental", "true");
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.configurationitemrequest;
                    request = crate::request::with_json(
                        "createReassignmentConfigurationV1",
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

/// The error statuses of [`WorkReassignmentApi::get_reassignment_configuration_v1`](WorkReassignmentApi::get_reassignment_configuration_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetReassignmentConfigurationV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`WorkReassignmentApi::get_reassignment_configuration_v1`](WorkReassignmentApi::get_reassignment_configuration_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetReassignmentConfigurationV1 {
    client: crate::Client,
    options: crate::request::Options,
    identity_id: String,
}

impl GetReassignmentConfigurationV1 {
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

    /// Sends the request: `GET /reassignment-configurations/v1/{identityId}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Configurationresponse,
            crate::SdkError<GetReassignmentConfigurationV1Error>,
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
            crate::Response<models::Configurationresponse>,
            crate::SdkError<GetReassignmentConfigurationV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getReassignmentConfigurationV1",
            self.options,
            move |client| {
                let path = [
                    "/reassignment-configurations/v1/",
                    &crate::request::path_segment(&self.identity_id),
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

/// The error statuses of [`WorkReassignmentApi::put_reassignment_config_v1`](WorkReassignmentApi::put_reassignment_config_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type PutReassignmentConfigV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`WorkReassignmentApi::put_reassignment_config_v1`](WorkReassignmentApi::put_reassignment_config_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PutReassignmentConfigV1 {
    client: crate::Client,
    options: crate::request::Options,
    identity_id: String,
    configurationitemrequest: models::Configurationitemrequest,
}

impl PutReassignmentConfigV1 {
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

    /// Sends the request: `PUT /reassignment-configurations/v1/{identityId}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Configurationitemresponse,
            crate::SdkError<PutReassignmentConfigV1Error>,
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
            crate::Response<models::Configurationitemresponse>,
            crate::SdkError<PutReassignmentConfigV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "putReassignmentConfigV1",
            self.options,
            move |client| {
                let path = [
                    "/reassignment-configurations/v1/",
                    &crate::request::path_segment(&self.identity_id),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::PUT, &path);
                request = request.header("X-SailPoint-Experimental", "true");
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.configurationitemrequest;
                    request = crate::request::with_json(
                        "putReassignmentConfigV1",
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

/// The error statuses of [`WorkReassignmentApi::delete_reassignment_configuration_v1`](WorkReassignmentApi::delete_reassignment_configuration_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type DeleteReassignmentConfigurationV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`WorkReassignmentApi::delete_reassignment_configuration_v1`](WorkReassignmentApi::delete_reassignment_configuration_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteReassignmentConfigurationV1 {
    client: crate::Client,
    options: crate::request::Options,
    identity_id: String,
    config_type: models::Configtypeenum,
}

impl DeleteReassignmentConfigurationV1 {
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

    /// Sends the request: `DELETE /reassignment-configurations/v1/{identityId}/{configType}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<(), crate::SdkError<DeleteReassignmentConfigurationV1Error>>,
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
            crate::SdkError<DeleteReassignmentConfigurationV1Error>,
        >,
    > {
        crate::request::empty(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "deleteReassignmentConfigurationV1",
            self.options,
            move |client| {
                let path = [
                    "/reassignment-configurations/v1/",
                    &crate::request::path_segment(&self.identity_id),
                    "/",
                    &crate::request::path_segment(self.config_type.as_str()),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::DELETE, &path);
                request = request.header("X-SailPoint-Experimental", "true");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`WorkReassignmentApi::get_evaluate_reassignment_configuration_v1`](WorkReassignmentApi::get_evaluate_reassignment_configuration_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type GetEvaluateReassignmentConfigurationV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`WorkReassignmentApi::get_evaluate_reassignment_configuration_v1`](WorkReassignmentApi::get_evaluate_reassignment_configuration_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetEvaluateReassignmentConfigurationV1 {
    client: crate::Client,
    options: crate::request::Options,
    identity_id: String,
    config_type: models::Configtypeenum,
    exclusion_filters: Option<Vec<String>>,
}

impl GetEvaluateReassignmentConfigurationV1 {
    /// Exclusion filters that disable parts of the reassignment evaluation. Possible values are listed below: - `SELF_REVIEW_DELEGATION`: This will exclude delegations of self-review reassignments
    #[inline]
    pub fn exclusion_filters(mut self, exclusion_filters: Vec<String>) -> Self {
        self.exclusion_filters = Some(exclusion_filters);
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

    /// Sends the request: `GET /reassignment-configurations/v1/{identityId}/evaluate/{configType}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::Evaluateresponse>,
            crate::SdkError<GetEvaluateReassignmentConfigurationV1Error>,
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
            crate::Response<Vec<models::Evaluateresponse>>,
            crate::SdkError<GetEvaluateReassignmentConfigurationV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getEvaluateReassignmentConfigurationV1",
            self.options,
            move |client| {
                let path = [
                    "/reassignment-configurations/v1/",
                    &crate::request::path_segment(&self.identity_id),
                    "/evaluate/",
                    &crate::request::path_segment(self.config_type.as_str()),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                let mut query: Vec<(&str, String)> = Vec::new();
                if let Some(value) = &self.exclusion_filters {
                    for item in value {
                        query.push(("exclusionFilters", item.clone()));
                    }
                }
                request = request.query(&query);
                request = request.header("X-SailPoint-Experimental", "true");
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`WorkReassignmentApi::get_tenant_config_configuration_v1`](WorkReassignmentApi::get_tenant_config_configuration_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetTenantConfigConfigurationV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`WorkReassignmentApi::get_tenant_config_configuration_v1`](WorkReassignmentApi::get_tenant_config_configuration_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetTenantConfigConfigurationV1 {
    client: crate::Client,
    options: crate::request::Options,
}

impl GetTenantConfigConfigurationV1 {
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

    /// Sends the request: `GET /reassignment-configurations/v1/tenant-config`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Tenantconfigurationresponse,
            crate::SdkError<GetTenantConfigConfigurationV1Error>,
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
            crate::Response<models::Tenantconfigurationresponse>,
            crate::SdkError<GetTenantConfigConfigurationV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getTenantConfigConfigurationV1",
            self.options,
            move |client| {
                let path = "/reassignment-configurations/v1/tenant-config";
                let mut request = client.request(reqwest::Method::GET, path);
                request = request.header("X-SailPoint-Experimental", "true");
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`WorkReassignmentApi::put_tenant_configuration_v1`](WorkReassignmentApi::put_tenant_configuration_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type PutTenantConfigurationV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`WorkReassignmentApi::put_tenant_configuration_v1`](WorkReassignmentApi::put_tenant_configuration_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PutTenantConfigurationV1 {
    client: crate::Client,
    options: crate::request::Options,
    tenantconfigurationrequest: models::Tenantconfigurationrequest,
}

impl PutTenantConfigurationV1 {
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

    /// Sends the request: `PUT /reassignment-configurations/v1/tenant-config`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Tenantconfigurationresponse,
            crate::SdkError<PutTenantConfigurationV1Error>,
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
            crate::Response<models::Tenantconfigurationresponse>,
            crate::SdkError<PutTenantConfigurationV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "putTenantConfigurationV1",
            self.options,
            move |client| {
                let path = "/reassignment-configurations/v1/tenant-config";
                let mut request = client.request(reqwest::Method::PUT, path);
                request = request.header("X-SailPoint-Experimental", "true");
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.tenantconfigurationrequest;
                    request = crate::request::with_json(
                        "putTenantConfigurationV1",
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
