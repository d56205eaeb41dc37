//! Use this API to implement work reassignment functionality.
//!
//! Work Reassignment allows access request reviews, certifications, and manual provisioning tasks assigned to a user to be reassigned to a different user. This is primarily used for:
//!
//! - Temporarily redirecting work for users who are out of office, such as on vacation or sick leave
//! - Permanently redirecting work for users who should not be assigned these tasks at all, such as senior executives or service identities
//!
//! Users can define reassignments for themselves, managers can add them for their team members, and administrators can configure them on any user’s behalf. Work assigned during the specified reassignment timeframes will be automatically reassigned to the designated user as it is created.
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
    /// `GET /reassignment-configurations/types` (`getReassignmentConfigTypes`)
    #[inline]
    pub fn get_reassignment_config_types(&self) -> GetReassignmentConfigTypes {
        GetReassignmentConfigTypes {
            client: self.client.clone(),
            options: crate::request::Options::default(),
        }
    }

    /// List reassignment configurations
    ///
    /// Gets all Reassignment configuration for the current org.
    ///
    /// `GET /reassignment-configurations` (`listReassignmentConfigurations`)
    #[inline]
    pub fn list_reassignment_configurations(&self) -> ListReassignmentConfigurations {
        ListReassignmentConfigurations {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            limit: None,
            offset: None,
            listing: crate::pagination::Listing::default(),
        }
    }

    /// Create a reassignment configuration
    ///
    /// Creates a new Reassignment Configuration for the specified identity.
    ///
    /// `POST /reassignment-configurations` (`createReassignmentConfiguration`)
    #[inline]
    pub fn create_reassignment_configuration(
        &self,
        configuration_item_request: models::ConfigurationItemRequest,
    ) -> CreateReassignmentConfiguration {
        CreateReassignmentConfiguration {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            configuration_item_request,
        }
    }

    /// Get reassignment configuration
    ///
    /// Gets the Reassignment Configuration for an identity.
    ///
    /// `GET /reassignment-configurations/{identityId}` (`getReassignmentConfiguration`)
    #[inline]
    pub fn get_reassignment_configuration(
        &self,
        identity_id: impl Into<String>,
    ) -> GetReassignmentConfiguration {
        GetReassignmentConfiguration {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            identity_id: identity_id.into(),
        }
    }

    /// Update reassignment configuration
    ///
    /// Replaces existing Reassignment configuration for an identity with the newly provided configuration.
    ///
    /// `PUT /reassignment-configurations/{identityId}` (`putReassignmentConfig`)
    #[inline]
    pub fn put_reassignment_config(
        &self,
        identity_id: impl Into<String>,
        configuration_item_request: models::ConfigurationItemRequest,
    ) -> PutReassignmentConfig {
        PutReassignmentConfig {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            identity_id: identity_id.into(),
            configuration_item_request,
        }
    }

    /// Delete reassignment configuration
    ///
    /// Deletes a single reassignment configuration for the specified identity
    ///
    /// `DELETE /reassignment-configurations/{identityId}/{configType}` (`deleteReassignmentConfiguration`)
    #[inline]
    pub fn delete_reassignment_configuration(
        &self,
        identity_id: impl Into<String>,
        config_type: models::ConfigTypeEnum,
    ) -> DeleteReassignmentConfiguration {
        DeleteReassignmentConfiguration {
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
    /// `GET /reassignment-configurations/{identityId}/evaluate/{configType}` (`getEvaluateReassignmentConfiguration`)
    #[inline]
    pub fn get_evaluate_reassignment_configuration(
        &self,
        identity_id: impl Into<String>,
        config_type: models::ConfigTypeEnum,
    ) -> GetEvaluateReassignmentConfiguration {
        GetEvaluateReassignmentConfiguration {
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
    /// `GET /reassignment-configurations/tenant-config` (`getTenantConfigConfiguration`)
    #[inline]
    pub fn get_tenant_config_configuration(&self) -> GetTenantConfigConfiguration {
        GetTenantConfigConfiguration {
            client: self.client.clone(),
            options: crate::request::Options::default(),
        }
    }

    /// Update tenant-wide reassignment configuration settings
    ///
    /// Replaces existing Tenant-wide Reassignment Configuration settings with the newly provided settings.
    ///
    /// `PUT /reassignment-configurations/tenant-config` (`putTenantConfiguration`)
    #[inline]
    pub fn put_tenant_configuration(
        &self,
        tenant_configuration_request: models::TenantConfigurationRequest,
    ) -> PutTenantConfiguration {
        PutTenantConfiguration {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            tenant_configuration_request,
        }
    }
}

/// The error statuses of [`WorkReassignmentApi::get_reassignment_config_types`](WorkReassignmentApi::get_reassignment_config_types), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type GetReassignmentConfigTypesError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`WorkReassignmentApi::get_reassignment_config_types`](WorkReassignmentApi::get_reassignment_config_types): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetReassignmentConfigTypes {
    client: crate::Client,
    options: crate::request::Options,
}

impl GetReassignmentConfigTypes {
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

    /// Sends the request: `GET /reassignment-configurations/types`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::ConfigType>,
            crate::SdkError<GetReassignmentConfigTypesError>,
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
            crate::Response<Vec<models::ConfigType>>,
            crate::SdkError<GetReassignmentConfigTypesError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getReassignmentConfigTypes",
            self.options,
            move |client| {
                let path = "/reassignment-configurations/types";
                let mut request = client.request(reqwest::Method::GET, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`WorkReassignmentApi::list_reassignment_configurations`](WorkReassignmentApi::list_reassignment_configurations), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type ListReassignmentConfigurationsError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`WorkReassignmentApi::list_reassignment_configurations`](WorkReassignmentApi::list_reassignment_configurations): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListReassignmentConfigurations {
    client: crate::Client,
    options: crate::request::Options,
    limit: Option<i32>,
    offset: Option<i32>,
    listing: crate::pagination::Listing,
}

impl ListReassignmentConfigurations {
    /// Max number of results to return.
    ///
    /// The server's default: `20`.
    #[inline]
    pub fn limit(mut self, limit: i32) -> Self {
        self.limit = Some(limit);
        self
    }

    /// Offset into the full result set. Usually specified with *limit* to paginate through the results. Defaults to 0 if not specified.
    #[inline]
    pub fn offset(mut self, offset: i32) -> Self {
        self.offset = Some(offset);
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

    /// Sends the request: `GET /reassignment-configurations`; returns one page.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::ConfigurationResponse>,
            crate::SdkError<ListReassignmentConfigurationsError>,
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
            crate::Page<models::ConfigurationResponse>,
            crate::SdkError<ListReassignmentConfigurationsError>,
        >,
    > {
        crate::request::page(self.call())
    }

    /// Every item of every page from `offset`, fetched as the stream is read: pages of
    /// `limit` items (20 if not set), up to [`max_items`](Self::max_items),
    /// in order. As many pages are in flight as the client's rate limit and the reader's pace
    /// allow; the
    /// end of the list is never an error, even where the tenant answers 400 for the offset past
    /// a full last page. Dropping the stream cancels the requests in flight.
    #[inline]
    pub fn items(
        self,
    ) -> impl futures_util::Stream<
        Item = Result<
            models::ConfigurationResponse,
            crate::SdkError<ListReassignmentConfigurationsError>,
        >,
    > {
        let paging = crate::pagination::Paging {
            offset: self.offset.map_or(0, i64::from),
            page_size: self.limit.map_or(20, i64::from),
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
            crate::Response<Vec<models::ConfigurationResponse>>,
            crate::SdkError<ListReassignmentConfigurationsError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "listReassignmentConfigurations",
            self.options,
            move |client| {
                let path = "/reassignment-configurations";
                let mut request = client.request(reqwest::Method::GET, path);
                let mut query: Vec<(&str, String)> = Vec::new();
                if let Some(value) = &self.limit {
                    query.push(("limit", value.to_string()));
                }
                if let Some(value) = &self.offset {
                    query.push(("offset", value.to_string()));
                }
                request = request.query(&query);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`WorkReassignmentApi::create_reassignment_configuration`](WorkReassignmentApi::create_reassignment_configuration), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type CreateReassignmentConfigurationError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`WorkReassignmentApi::create_reassignment_configuration`](WorkReassignmentApi::create_reassignment_configuration): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateReassignmentConfiguration {
    client: crate::Client,
    options: crate::request::Options,
    configuration_item_request: models::ConfigurationItemRequest,
}

impl CreateReassignmentConfiguration {
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

    /// Sends the request: `POST /reassignment-configurations`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::ConfigurationItemResponse,
            crate::SdkError<CreateReassignmentConfigurationError>,
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
            crate::Response<models::ConfigurationItemResponse>,
            crate::SdkError<CreateReassignmentConfigurationError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "createReassignmentConfiguration",
            self.options,
            move |client| {
                let path = "/reassignment-configurations";
                let mut request = client.request(reqwest::Method::POST, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.configuration_item_request;
                    request = crate::request::with_json(
                        "createReassignmentConfiguration",
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

/// The error statuses of [`WorkReassignmentApi::get_reassignment_configuration`](WorkReassignmentApi::get_reassignment_configuration), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type GetReassignmentConfigurationError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`WorkReassignmentApi::get_reassignment_configuration`](WorkReassignmentApi::get_reassignment_configuration): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetReassignmentConfiguration {
    client: crate::Client,
    options: crate::request::Options,
    identity_id: String,
}

impl GetReassignmentConfiguration {
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

    /// Sends the request: `GET /reassignment-configurations/{identityId}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::ConfigurationResponse,
            crate::SdkError<GetReassignmentConfigurationError>,
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
            crate::Response<models::ConfigurationResponse>,
            crate::SdkError<GetReassignmentConfigurationError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getReassignmentConfiguration",
            self.options,
            move |client| {
                let path = [
                    "/reassignment-configurations/",
                    &crate::request::path_segment(&self.identity_id),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`WorkReassignmentApi::put_reassignment_config`](WorkReassignmentApi::put_reassignment_config), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type PutReassignmentConfigError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`WorkReassignmentApi::put_reassignment_config`](WorkReassignmentApi::put_reassignment_config): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PutReassignmentConfig {
    client: crate::Client,
    options: crate::request::Options,
    identity_id: String,
    configuration_item_request: models::ConfigurationItemRequest,
}

impl PutReassignmentConfig {
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

    /// Sends the request: `PUT /reassignment-configurations/{identityId}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::ConfigurationItemResponse,
            crate::SdkError<PutReassignmentConfigError>,
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
            crate::Response<models::ConfigurationItemResponse>,
            crate::SdkError<PutReassignmentConfigError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "putReassignmentConfig",
            self.options,
            move |client| {
                let path = [
                    "/reassignment-configurations/",
                    &crate::request::path_segment(&self.identity_id),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::PUT, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.configuration_item_request;
                    request = crate::request::with_json(
                        "putReassignmentConfig",
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

/// The error statuses of [`WorkReassignmentApi::delete_reassignment_configuration`](WorkReassignmentApi::delete_reassignment_configuration), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type DeleteReassignmentConfigurationError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`WorkReassignmentApi::delete_reassignment_configuration`](WorkReassignmentApi::delete_reassignment_configuration): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteReassignmentConfiguration {
    client: crate::Client,
    options: crate::request::Options,
    identity_id: String,
    config_type: models::ConfigTypeEnum,
}

impl DeleteReassignmentConfiguration {
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

    /// Sends the request: `DELETE /reassignment-configurations/{identityId}/{configType}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<(), crate::SdkError<DeleteReassignmentConfigurationError>>,
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
            crate::SdkError<DeleteReassignmentConfigurationError>,
        >,
    > {
        crate::request::empty(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "deleteReassignmentConfiguration",
            self.options,
            move |client| {
                let path = [
                    "/reassignment-configurations/",
                    &crate::request::path_segment(&self.identity_id),
                    "/",
                    &crate::request::path_segment(self.config_type.as_str()),
                ]
                    .concat();
                let request = client.request(reqwest::Method::DELETE, &path);
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`WorkReassignmentApi::get_evaluate_reassignment_configuration`](WorkReassignmentApi::get_evaluate_reassignment_configuration), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type GetEvaluateReassignmentConfigurationError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`WorkReassignmentApi::get_evaluate_reassignment_configuration`](WorkReassignmentApi::get_evaluate_reassignment_configuration): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetEvaluateReassignmentConfiguration {
    client: crate::Client,
    options: crate::request::Options,
    identity_id: String,
    config_type: models::ConfigTypeEnum,
    exclusion_filters: Option<Vec<String>>,
}

impl GetEvaluateReassignmentConfiguration {
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

    /// Sends the request: `GET /reassignment-configurations/{identityId}/evaluate/{configType}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::EvaluateResponse>,
            crate::SdkError<GetEvaluateReassignmentConfigurationError>,
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
            crate::Response<Vec<models::EvaluateResponse>>,
            crate::SdkError<GetEvaluateReassignmentConfigurationError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getEvaluateReassignmentConfiguration",
            self.options,
            move |client| {
                let path = [
                    "/reassignment-configurations/",
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
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`WorkReassignmentApi::get_tenant_config_configuration`](WorkReassignmentApi::get_tenant_config_configuration), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetTenantConfigConfigurationError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`WorkReassignmentApi::get_tenant_config_configuration`](WorkReassignmentApi::get_tenant_config_configuration): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetTenantConfigConfiguration {
    client: crate::Client,
    options: crate::request::Options,
}

impl GetTenantConfigConfiguration {
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

    /// Sends the request: `GET /reassignment-configurations/tenant-config`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::TenantConfigurationResponse,
            crate::SdkError<GetTenantConfigConfigurationError>,
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
            crate::Response<models::TenantConfigurationResponse>,
            crate::SdkError<GetTenantConfigConfigurationError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getTenantConfigConfiguration",
            self.options,
            move |client| {
                let path = "/reassignment-configurations/tenant-config";
                let mut request = client.request(reqwest::Method::GET, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`WorkReassignmentApi::put_tenant_configuration`](WorkReassignmentApi::put_tenant_configuration), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type PutTenantConfigurationError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`WorkReassignmentApi::put_tenant_configuration`](WorkReassignmentApi::put_tenant_configuration): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PutTenantConfiguration {
    client: crate::Client,
    options: crate::request::Options,
    tenant_configuration_request: models::TenantConfigurationRequest,
}

impl PutTenantConfiguration {
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

    /// Sends the request: `PUT /reassignment-configurations/tenant-config`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::TenantConfigurationResponse,
            crate::SdkError<PutTenantConfigurationError>,
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
            crate::Response<models::TenantConfigurationResponse>,
            crate::SdkError<PutTenantConfigurationError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "putTenantConfiguration",
            self.options,
            move |client| {
                let path = "/reassignment-configurations/tenant-config";
                let mut request = client.request(reqwest::Method::PUT, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.tenant_configuration_request;
                    request = crate::request::with_json(
                        "putTenantConfiguration",
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
