//! Use this API to build an integration between Identity Security Cloud and a service desk ITSM (IT service management) solution.
//! Once an administrator builds this integration between Identity Security Cloud and a service desk, users can use Identity Security Cloud to raise and track tickets that are synchronized between Identity Security Cloud and the service desk.
//!
//! In Identity Security Cloud, administrators can create a service desk integration (sometimes also called an SDIM, or Service Desk Integration Module) by going to Admin > Connections > Service Desk and selecting 'Create.'
//!
//! To create a Generic Service Desk integration, for example, administrators must provide the required information on the General Settings page, the Connectivity and Authentication information, Ticket Creation information, Status Mapping information, and Requester Source information on the Configure page.
//! Refer to [Integrating SailPoint with Generic Service Desk](https://documentation.sailpoint.com/connectors/generic_sd/help/integrating_generic_service_desk/intro.html) for more information about the process of setting up a Generic Service Desk in Identity Security Cloud.
//!
//! Administrators can create various service desk integrations, all with their own nuances.
//! The following service desk integrations are available:
//!
//! - [Atlassian Cloud Jira Service Management](https://documentation.sailpoint.com/connectors/atlassian/jira_cloud/help/integrating_jira_cloud_sd/introduction.html)
//!
//! - [Atlassian Server Jira Service Management](https://documentation.sailpoint.com/connectors/atlassian/jira_server/help/integrating_jira_server_sd/introduction.html)
//!
//! - [BMC Helix ITSM Service Desk](https://documentation.sailpoint.com/connectors/bmc/helix_ITSM_sd/help/integrating_bmc_helix_itsm_sd/intro.html)
//!
//! - [BMC Helix Remedyforce Service Desk](https://documentation.sailpoint.com/connectors/bmc/helix_remedyforce_sd/help/integrating_bmc_helix_remedyforce_sd/intro.html)
//!
//! - [Generic Service Desk](https://documentation.sailpoint.com/connectors/generic_sd/help/integrating_generic_service_desk/intro.html)
//!
//! - [ServiceNow Service Desk](https://documentation.sailpoint.com/connectors/servicenow/sdim/help/integrating_servicenow_sdim/intro.html)
//!
//! - [Zendesk Service Desk](https://documentation.sailpoint.com/connectors/zendesk/help/integrating_zendesk_sd/introduction.html)

use crate::models;

/// The Service Desk Integration operations: get them from [`Client::service_desk_integration`](crate::Client::service_desk_integration).
#[derive(Debug, Clone, Copy)]
pub struct ServiceDeskIntegrationApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The Service Desk Integration operations.
    #[inline]
    pub fn service_desk_integration(&self) -> ServiceDeskIntegrationApi<'_> {
        ServiceDeskIntegrationApi {
            client: self,
        }
    }
}

impl<'a> ServiceDeskIntegrationApi<'a> {
    /// List existing service desk integrations
    ///
    /// Get a list of Service Desk integration objects.
    ///
    /// `GET /service-desk-integrations/v1` (`getServiceDeskIntegrationsV1`)
    #[inline]
    pub fn get_service_desk_integrations_v1(&self) -> GetServiceDeskIntegrationsV1 {
        GetServiceDeskIntegrationsV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            offset: None,
            limit: None,
            sorters: None,
            filters: None,
            count: None,
            listing: crate::pagination::Listing::default(),
        }
    }

    /// Create new service desk integration
    ///
    /// Create a new Service Desk integration.
    ///
    /// `POST /service-desk-integrations/v1` (`createServiceDeskIntegrationV1`)
    #[inline]
    pub fn create_service_desk_integration_v1(
        &self,
        servicedeskintegrationdto: models::Servicedeskintegrationdto,
    ) -> CreateServiceDeskIntegrationV1 {
        CreateServiceDeskIntegrationV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            servicedeskintegrationdto,
        }
    }

    /// Get a service desk integration
    ///
    /// Get an existing Service Desk integration by ID.
    ///
    /// `GET /service-desk-integrations/v1/{id}` (`getServiceDeskIntegrationV1`)
    #[inline]
    pub fn get_service_desk_integration_v1(
        &self,
        id: impl Into<String>,
    ) -> GetServiceDeskIntegrationV1 {
        GetServiceDeskIntegrationV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
        }
    }

    /// Update a service desk integration
    ///
    /// Update an existing Service Desk integration by ID.
    ///
    /// `PUT /service-desk-integrations/v1/{id}` (`putServiceDeskIntegrationV1`)
    #[inline]
    pub fn put_service_desk_integration_v1(
        &self,
        id: impl Into<String>,
        servicedeskintegrationdto: models::Servicedeskintegrationdto,
    ) -> PutServiceDeskIntegrationV1 {
        PutServiceDeskIntegrationV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
            servicedeskintegrationdto,
        }
    }

    /// Delete a service desk integration
    ///
    /// Delete an existing Service Desk integration by ID.
    ///
    /// `DELETE /service-desk-integrations/v1/{id}` (`deleteServiceDeskIntegrationV1`)
    #[inline]
    pub fn delete_service_desk_integration_v1(
        &self,
        id: impl Into<String>,
    ) -> DeleteServiceDeskIntegrationV1 {
        DeleteServiceDeskIntegrationV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
        }
    }

    /// Patch a service desk integration
    ///
    /// Update an existing Service Desk integration by ID with a PATCH request.
    ///
    /// `PATCH /service-desk-integrations/v1/{id}` (`patchServiceDeskIntegrationV1`)
    #[inline]
    pub fn patch_service_desk_integration_v1(
        &self,
        id: impl Into<String>,
        jsonpatchoperation: Vec<models::Jsonpatchoperation>,
    ) -> PatchServiceDeskIntegrationV1 {
        PatchServiceDeskIntegrationV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
            jsonpatchoperation,
        }
    }

    /// List service desk integration types
    ///
    /// This API endpoint returns the current list of supported Service Desk integration types.
    ///
    /// `GET /service-desk-integrations/v1/types` (`getServiceDeskIntegrationTypesV1`)
    #[inline]
    pub fn get_service_desk_integration_types_v1(
        &self,
    ) -> GetServiceDeskIntegrationTypesV1 {
        GetServiceDeskIntegrationTypesV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
        }
    }

    /// Service desk integration template by scriptname
    ///
    /// This API endpoint returns an existing Service Desk integration template by scriptName.
    ///
    /// `GET /service-desk-integrations/v1/templates/{scriptName}` (`getServiceDeskIntegrationTemplateV1`)
    #[inline]
    pub fn get_service_desk_integration_template_v1(
        &self,
        script_name: impl Into<String>,
    ) -> GetServiceDeskIntegrationTemplateV1 {
        GetServiceDeskIntegrationTemplateV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            script_name: script_name.into(),
        }
    }

    /// Get the time check configuration
    ///
    /// Get the time check configuration of queued SDIM tickets.
    ///
    /// `GET /service-desk-integrations/v1/status-check-configuration` (`getStatusCheckDetailsV1`)
    #[inline]
    pub fn get_status_check_details_v1(&self) -> GetStatusCheckDetailsV1 {
        GetStatusCheckDetailsV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
        }
    }

    /// Update the time check configuration
    ///
    /// Update the time check configuration of queued SDIM tickets.
    ///
    /// `PUT /service-desk-integrations/v1/status-check-configuration` (`updateStatusCheckDetailsV1`)
    #[inline]
    pub fn update_status_check_details_v1(
        &self,
        queuedcheckconfigdetails: models::Queuedcheckconfigdetails,
    ) -> UpdateStatusCheckDetailsV1 {
        UpdateStatusCheckDetailsV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            queuedcheckconfigdetails,
        }
    }
}

/// The error statuses of [`ServiceDeskIntegrationApi::get_service_desk_integrations_v1`](ServiceDeskIntegrationApi::get_service_desk_integrations_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetServiceDeskIntegrationsV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`ServiceDeskIntegrationApi::get_service_desk_integrations_v1`](ServiceDeskIntegrationApi::get_service_desk_integrations_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetServiceDeskIntegrationsV1 {
    client: crate::Client,
    options: crate::request::Options,
    offset: Option<i32>,
    limit: Option<i32>,
    sorters: Option<String>,
    filters: Option<String>,
    count: Option<bool>,
    listing: crate::pagination::Listing,
}

impl GetServiceDeskIntegrationsV1 {
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

    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **name**
    #[inline]
    pub fn sorters(mut self, sorters: impl Into<String>) -> Self {
        self.sorters = Some(sorters.into());
        self
    }

    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **id**: *eq, in*
    ///
    /// **name**: *eq*
    ///
    /// **type**: *eq, in*
    ///
    /// **cluster**: *eq, in*
    #[inline]
    pub fn filters(mut self, filters: impl Into<String>) -> Self {
        self.filters = Some(filters.into());
        self
    }

    /// If *true* it will populate the *X-Total-Count* response header with the number of results that would be returned if *limit* and *offset* were ignored.
    ///
    /// Since requesting a total count can have a performance impact, it is recommended not to send **count=true** if that value will not be used.
    ///
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// The server's default: `false`.
    #[inline]
    pub fn count(mut self, count: bool) -> Self {
        self.count = Some(count);
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
    /// listing plans its pages from the total the first page counts and keeps as many in flight as
    /// the client's rate limit and the reader allow.
    #[inline]
    pub fn pages_ahead(mut self, pages: usize) -> Self {
        self.listing.pages_ahead = Some(pages);
        self
    }

    /// Sends the request: `GET /service-desk-integrations/v1`; returns one page.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::Servicedeskintegrationdto>,
            crate::SdkError<GetServiceDeskIntegrationsV1Error>,
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
            crate::Page<models::Servicedeskintegrationdto>,
            crate::SdkError<GetServiceDeskIntegrationsV1Error>,
        >,
    > {
        crate::request::page(self.call())
    }

    /// Every item of every page from `offset`, fetched as the stream is read: pages of
    /// `limit` items (250 if not set), up to [`max_items`](Self::max_items),
    /// in order. As many pages are in flight as the client's rate limit and the reader's pace
    /// allow, planned from the total the first page counts; the
    /// end of the list is never an error, even where the tenant answers 400 for the offset past
    /// a full last page. Dropping the stream cancels the requests in flight.
    #[inline]
    pub fn items(
        self,
    ) -> impl futures_util::Stream<
        Item = Result<
            models::Servicedeskintegrationdto,
            crate::SdkError<GetServiceDeskIntegrationsV1Error>,
        >,
    > {
        let paging = crate::pagination::Paging {
            offset: self.offset.map_or(0, i64::from),
            page_size: self.limit.map_or(250, i64::from),
            counts: true,
            budget: self.client.api.budget(),
        };
        let listing = self.listing;
        crate::pagination::items(
            self,
            paging,
            listing,
            |mut request: Self, offset, limit, count| {
                request.offset = Some(i32::try_from(offset).unwrap_or(i32::MAX));
                request.limit = Some(i32::try_from(limit).unwrap_or(i32::MAX));
                if count {
                    request.count = Some(true);
                }
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
            crate::Response<Vec<models::Servicedeskintegrationdto>>,
            crate::SdkError<GetServiceDeskIntegrationsV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getServiceDeskIntegrationsV1",
            self.options,
            move |client| {
                let path = "/service-desk-integrations/v1";
                let mut request = client.request(reqwest::Method::GET, path);
                let mut query: Vec<(&str, String)> = Vec::new();
                if let Some(value) = &self.offset {
                    query.push(("offset", value.to_string()));
                }
                if let Some(value) = &self.limit {
                    query.push(("limit", value.to_string()));
                }
                if let Some(value) = &self.sorters {
                    query.push(("sorters", value.clone()));
                }
                if let Some(value) = &self.filters {
                    query.push(("filters", value.clone()));
                }
                if let Some(value) = &self.count {
                    query.push(("count", value.to_string()));
                }
                request = request.query(&query);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`ServiceDeskIntegrationApi::create_service_desk_integration_v1`](ServiceDeskIntegrationApi::create_service_desk_integration_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type CreateServiceDeskIntegrationV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`ServiceDeskIntegrationApi::create_service_desk_integration_v1`](ServiceDeskIntegrationApi::create_service_desk_integration_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateServiceDeskIntegrationV1 {
    client: crate::Client,
    options: crate::request::Options,
    servicedeskintegrationdto: models::Servicedeskintegrationdto,
}

impl CreateServiceDeskIntegrationV1 {
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

    /// Sends the request: `POST /service-desk-integrations/v1`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Servicedeskintegrationdto,
            crate::SdkError<CreateServiceDeskIntegrationV1Error>,
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
            crate::Response<models::Servicedeskintegrationdto>,
            crate::SdkError<CreateServiceDeskIntegrationV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "createServiceDeskIntegrationV1",
            self.options,
            move |client| {
                let path = "/service-desk-integrations/v1";
                let mut request = client.request(reqwest::Method::POST, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.servicedeskintegrationdto;
                    request = crate::request::with_json(
                        "createServiceDeskIntegrationV1",
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

/// The error statuses of [`ServiceDeskIntegrationApi::get_service_desk_integration_v1`](ServiceDeskIntegrationApi::get_service_desk_integration_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetServiceDeskIntegrationV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`ServiceDeskIntegrationApi::get_service_desk_integration_v1`](ServiceDeskIntegrationApi::get_service_desk_integration_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetServiceDeskIntegrationV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
}

impl GetServiceDeskIntegrationV1 {
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

    /// Sends the request: `GET /service-desk-integrations/v1/{id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Servicedeskintegrationdto,
            crate::SdkError<GetServiceDeskIntegrationV1Error>,
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
            crate::Response<models::Servicedeskintegrationdto>,
            crate::SdkError<GetServiceDeskIntegrationV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getServiceDeskIntegrationV1",
            self.options,
            move |client| {
                let path = [
                    "/service-desk-integrations/v1/",
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

/// The error statuses of [`ServiceDeskIntegrationApi::put_service_desk_integration_v1`](ServiceDeskIntegrationApi::put_service_desk_integration_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type PutServiceDeskIntegrationV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`ServiceDeskIntegrationApi::put_service_desk_integration_v1`](ServiceDeskIntegrationApi::put_service_desk_integration_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PutServiceDeskIntegrationV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
    servicedeskintegrationdto: models::Servicedeskintegrationdto,
}

impl PutServiceDeskIntegrationV1 {
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

    /// Sends the request: `PUT /service-desk-integrations/v1/{id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Servicedeskintegrationdto,
            crate::SdkError<PutServiceDeskIntegrationV1Error>,
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
            crate::Response<models::Servicedeskintegrationdto>,
            crate::SdkError<PutServiceDeskIntegrationV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "putServiceDeskIntegrationV1",
            self.options,
            move |client| {
                let path = [
                    "/service-desk-integrations/v1/",
                    &crate::request::path_segment(&self.id),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::PUT, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.servicedeskintegrationdto;
                    request = crate::request::with_json(
                        "putServiceDeskIntegrationV1",
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

/// The error statuses of [`ServiceDeskIntegrationApi::delete_service_desk_integration_v1`](ServiceDeskIntegrationApi::delete_service_desk_integration_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type DeleteServiceDeskIntegrationV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`ServiceDeskIntegrationApi::delete_service_desk_integration_v1`](ServiceDeskIntegrationApi::delete_service_desk_integration_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteServiceDeskIntegrationV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
}

impl DeleteServiceDeskIntegrationV1 {
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

    /// Sends the request: `DELETE /service-desk-integrations/v1/{id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<(), crate::SdkError<DeleteServiceDeskIntegrationV1Error>>,
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
            crate::SdkError<DeleteServiceDeskIntegrationV1Error>,
        >,
    > {
        crate::request::empty(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "deleteServiceDeskIntegrationV1",
            self.options,
            move |client| {
                let path = [
                    "/service-desk-integrations/v1/",
                    &crate::request::path_segment(&self.id),
                ]
                    .concat();
                let request = client.request(reqwest::Method::DELETE, &path);
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`ServiceDeskIntegrationApi::patch_service_desk_integration_v1`](ServiceDeskIntegrationApi::patch_service_desk_integration_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type PatchServiceDeskIntegrationV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`ServiceDeskIntegrationApi::patch_service_desk_integration_v1`](ServiceDeskIntegrationApi::patch_service_desk_integration_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PatchServiceDeskIntegrationV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
    jsonpatchoperation: Vec<models::Jsonpatchoperation>,
}

impl PatchServiceDeskIntegrationV1 {
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

    /// Sends the request: `PATCH /service-desk-integrations/v1/{id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Servicedeskintegrationdto,
            crate::SdkError<PatchServiceDeskIntegrationV1Error>,
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
            crate::Response<models::Servicedeskintegrationdto>,
            crate::SdkError<PatchServiceDeskIntegrationV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "patchServiceDeskIntegrationV1",
            self.options,
            move |client| {
                let path = [
                    "/service-desk-integrations/v1/",
                    &crate::request::path_segment(&self.id),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::PATCH, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.jsonpatchoperation;
                    request = crate::request::with_json(
                        "patchServiceDeskIntegrationV1",
                        request,
                        "application/json-patch+json",
                        &value,
                    )?;
                }
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`ServiceDeskIntegrationApi::get_service_desk_integration_types_v1`](ServiceDeskIntegrationApi::get_service_desk_integration_types_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetServiceDeskIntegrationTypesV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`ServiceDeskIntegrationApi::get_service_desk_integration_types_v1`](ServiceDeskIntegrationApi::get_service_desk_integration_types_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetServiceDeskIntegrationTypesV1 {
    client: crate::Client,
    options: crate::request::Options,
}

impl GetServiceDeskIntegrationTypesV1 {
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

    /// Sends the request: `GET /service-desk-integrations/v1/types`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::Servicedeskintegrationtemplatetype>,
            crate::SdkError<GetServiceDeskIntegrationTypesV1Error>,
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
            crate::Response<Vec<models::Servicedeskintegrationtemplatetype>>,
            crate::SdkError<GetServiceDeskIntegrationTypesV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getServiceDeskIntegrationTypesV1",
            self.options,
            move |client| {
                let path = "/service-desk-integrations/v1/types";
                let mut request = client.request(reqwest::Method::GET, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`ServiceDeskIntegrationApi::get_service_desk_integration_template_v1`](ServiceDeskIntegrationApi::get_service_desk_integration_template_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetServiceDeskIntegrationTemplateV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`ServiceDeskIntegrationApi::get_service_desk_integration_template_v1`](ServiceDeskIntegrationApi::get_service_desk_integration_template_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetServiceDeskIntegrationTemplateV1 {
    client: crate::Client,
    options: crate::request::Options,
    script_name: String,
}

impl GetServiceDeskIntegrationTemplateV1 {
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

    /// Sends the request: `GET /service-desk-integrations/v1/templates/{scriptName}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Servicedeskintegrationtemplatedto,
            crate::SdkError<GetServiceDeskIntegrationTemplateV1Error>,
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
            crate::Response<models::Servicedeskintegrationtemplatedto>,
            crate::SdkError<GetServiceDeskIntegrationTemplateV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getServiceDeskIntegrationTemplateV1",
            self.options,
            move |client| {
                let path = [
                    "/service-desk-integrations/v1/templates/",
                    &crate::request::path_segment(&self.script_name),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`ServiceDeskIntegrationApi::get_status_check_details_v1`](ServiceDeskIntegrationApi::get_status_check_details_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetStatusCheckDetailsV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`ServiceDeskIntegrationApi::get_status_check_details_v1`](ServiceDeskIntegrationApi::get_status_check_details_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetStatusCheckDetailsV1 {
    client: crate::Client,
    options: crate::request::Options,
}

impl GetStatusCheckDetailsV1 {
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

    /// Sends the request: `GET /service-desk-integrations/v1/status-check-configuration`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Queuedcheckconfigdetails,
            crate::SdkError<GetStatusCheckDetailsV1Error>,
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
            crate::Response<models::Queuedcheckconfigdetails>,
            crate::SdkError<GetStatusCheckDetailsV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getStatusCheckDetailsV1",
            self.options,
            move |client| {
                let path = "/service-desk-integrations/v1/status-check-configuration";
                let mut request = client.request(reqwest::Method::GET, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`ServiceDeskIntegrationApi::update_status_check_details_v1`](ServiceDeskIntegrationApi::update_status_check_details_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type UpdateStatusCheckDetailsV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`ServiceDeskIntegrationApi::update_status_check_details_v1`](ServiceDeskIntegrationApi::update_status_check_details_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateStatusCheckDetailsV1 {
    client: crate::Client,
    options: crate::request::Options,
    queuedcheckconfigdetails: models::Queuedcheckconfigdetails,
}

impl UpdateStatusCheckDetailsV1 {
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

    /// Sends the request: `PUT /service-desk-integrations/v1/status-check-configuration`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Queuedcheckconfigdetails,
            crate::SdkError<UpdateStatusCheckDetailsV1Error>,
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
            crate::Response<models::Queuedcheckconfigdetails>,
            crate::SdkError<UpdateStatusCheckDetailsV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "updateStatusCheckDetailsV1",
            self.options,
            move |client| {
                let path = "/service-desk-integrations/v1/status-check-configuration";
                let mut request = client.request(reqwest::Method::PUT, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.queuedcheckconfigdetails;
                    request = crate::request::with_json(
                        "updateStatusCheckDetailsV1",
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
