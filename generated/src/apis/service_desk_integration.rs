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
    /// `GET /service-desk-integrations` (`getServiceDeskIntegrationList`)
    pub fn get_service_desk_integration_list(
        &self,
    ) -> GetServiceDeskIntegrationList<'a> {
        GetServiceDeskIntegrationList {
            client: self.client,
            offset: None,
            limit: None,
            sorters: None,
            filters: None,
            count: None,
        }
    }

    /// Create new service desk integration
    ///
    /// Create a new Service Desk integration.
    ///
    /// `POST /service-desk-integrations` (`createServiceDeskIntegration`)
    pub fn create_service_desk_integration(
        &self,
        service_desk_integration_dto: models::ServiceDeskIntegrationDto,
    ) -> CreateServiceDeskIntegration<'a> {
        CreateServiceDeskIntegration {
            client: self.client,
            service_desk_integration_dto,
        }
    }

    /// Get a service desk integration
    ///
    /// Get an existing Service Desk integration by ID.
    ///
    /// `GET /service-desk-integrations/{id}` (`getServiceDeskIntegration`)
    pub fn get_service_desk_integration(
        &self,
        id: impl Into<String>,
    ) -> GetServiceDeskIntegration<'a> {
        GetServiceDeskIntegration {
            client: self.client,
            id: id.into(),
        }
    }

    /// Update a service desk integration
    ///
    /// Update an existing Service Desk integration by ID.
    ///
    /// `PUT /service-desk-integrations/{id}` (`putServiceDeskIntegration`)
    pub fn put_service_desk_integration(
        &self,
        id: impl Into<String>,
        service_desk_integration_dto: models::ServiceDeskIntegrationDto,
    ) -> PutServiceDeskIntegration<'a> {
        PutServiceDeskIntegration {
            client: self.client,
            id: id.into(),
            service_desk_integration_dto,
        }
    }

    /// Delete a service desk integration
    ///
    /// Delete an existing Service Desk integration by ID.
    ///
    /// `DELETE /service-desk-integrations/{id}` (`deleteServiceDeskIntegration`)
    pub fn delete_service_desk_integration(
        &self,
        id: impl Into<String>,
    ) -> DeleteServiceDeskIntegration<'a> {
        DeleteServiceDeskIntegration {
            client: self.client,
            id: id.into(),
        }
    }

    /// Patch a service desk integration
    ///
    /// Update an existing Service Desk integration by ID with a PATCH request.
    ///
    /// `PATCH /service-desk-integrations/{id}` (`patchServiceDeskIntegration`)
    pub fn patch_service_desk_integration(
        &self,
        id: impl Into<String>,
        json_patch_operation: Vec<models::JsonPatchOperation>,
    ) -> PatchServiceDeskIntegration<'a> {
        PatchServiceDeskIntegration {
            client: self.client,
            id: id.into(),
            json_patch_operation,
        }
    }

    /// List service desk integration types
    ///
    /// This API endpoint returns the current list of supported Service Desk integration types.
    ///
    /// `GET /service-desk-integrations/types` (`getServiceDeskIntegrationTypes`)
    pub fn get_service_desk_integration_types(
        &self,
    ) -> GetServiceDeskIntegrationTypes<'a> {
        GetServiceDeskIntegrationTypes {
            client: self.client,
        }
    }

    /// Service desk integration template by scriptname
    ///
    /// This API endpoint returns an existing Service Desk integration template by scriptName.
    ///
    /// `GET /service-desk-integrations/templates/{scriptName}` (`getServiceDeskIntegrationTemplate`)
    pub fn get_service_desk_integration_template(
        &self,
        script_name: impl Into<String>,
    ) -> GetServiceDeskIntegrationTemplate<'a> {
        GetServiceDeskIntegrationTemplate {
            client: self.client,
            script_name: script_name.into(),
        }
    }

    /// Get the time check configuration
    ///
    /// Get the time check configuration of queued SDIM tickets.
    ///
    /// `GET /service-desk-integrations/status-check-configuration` (`getStatusCheckDetails`)
    pub fn get_status_check_details(&self) -> GetStatusCheckDetails<'a> {
        GetStatusCheckDetails {
            client: self.client,
        }
    }

    /// Update the time check configuration
    ///
    /// Update the time check configuration of queued SDIM tickets.
    ///
    /// `PUT /service-desk-integrations/status-check-configuration` (`updateStatusCheckDetails`)
    pub fn update_status_check_details(
        &self,
        queued_check_config_details: models::QueuedCheckConfigDetails,
    ) -> UpdateStatusCheckDetails<'a> {
        UpdateStatusCheckDetails {
            client: self.client,
            queued_check_config_details,
        }
    }
}

/// The request of [`ServiceDeskIntegrationApi::get_service_desk_integration_list`](ServiceDeskIntegrationApi::get_service_desk_integration_list): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetServiceDeskIntegrationList<'a> {
    client: &'a crate::Client,
    offset: Option<i32>,
    limit: Option<i32>,
    sorters: Option<String>,
    filters: Option<String>,
    count: Option<bool>,
}

impl GetServiceDeskIntegrationList<'_> {
    /// Offset into the full result set. Usually specified with *limit* to paginate through the results.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// The server's default: `0`.
    pub fn offset(mut self, offset: i32) -> Self {
        self.offset = Some(offset);
        self
    }

    /// Max number of results to return.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// The server's default: `250`.
    pub fn limit(mut self, limit: i32) -> Self {
        self.limit = Some(limit);
        self
    }

    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **name**
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
    pub fn count(mut self, count: bool) -> Self {
        self.count = Some(count);
        self
    }

    /// Sends the request: `GET /service-desk-integrations`.
    pub async fn send(
        self,
    ) -> Result<Vec<models::ServiceDeskIntegrationDto>, crate::Error> {
        let path = "/service-desk-integrations";
        let mut request = self.client.request(reqwest::Method::GET, path);
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
        let response = self
            .client
            .execute("getServiceDeskIntegrationList", request)
            .await?;
        crate::request::json("getServiceDeskIntegrationList", response).await
    }
}

/// The request of [`ServiceDeskIntegrationApi::create_service_desk_integration`](ServiceDeskIntegrationApi::create_service_desk_integration): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateServiceDeskIntegration<'a> {
    client: &'a crate::Client,
    service_desk_integration_dto: models::ServiceDeskIntegrationDto,
}

impl CreateServiceDeskIntegration<'_> {
    /// Sends the request: `POST /service-desk-integrations`.
    pub async fn send(self) -> Result<models::ServiceDeskIntegrationDto, crate::Error> {
        let path = "/service-desk-integrations";
        let mut request = self.client.request(reqwest::Method::POST, path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        {
            let value = self.service_desk_integration_dto;
            request = crate::request::with_json(
                "createServiceDeskIntegration",
                request,
                "application/json",
                &value,
            )?;
        }
        let response = self
            .client
            .execute("createServiceDeskIntegration", request)
            .await?;
        crate::request::json("createServiceDeskIntegration", response).await
    }
}

/// The request of [`ServiceDeskIntegrationApi::get_service_desk_integration`](ServiceDeskIntegrationApi::get_service_desk_integration): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetServiceDeskIntegration<'a> {
    client: &'a crate::Client,
    id: String,
}

impl GetServiceDeskIntegration<'_> {
    /// Sends the request: `GET /service-desk-integrations/{id}`.
    pub async fn send(self) -> Result<models::ServiceDeskIntegrationDto, crate::Error> {
        let path = [
            "/service-desk-integrations/",
            &crate::request::path_segment(&self.id),
        ]
            .concat();
        let mut request = self.client.request(reqwest::Method::GET, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self.client.execute("getServiceDeskIntegration", request).await?;
        crate::request::json("getServiceDeskIntegration", response).await
    }
}

/// The request of [`ServiceDeskIntegrationApi::put_service_desk_integration`](ServiceDeskIntegrationApi::put_service_desk_integration): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PutServiceDeskIntegration<'a> {
    client: &'a crate::Client,
    id: String,
    service_desk_integration_dto: models::ServiceDeskIntegrationDto,
}

impl PutServiceDeskIntegration<'_> {
    /// Sends the request: `PUT /service-desk-integrations/{id}`.
    pub async fn send(self) -> Result<models::ServiceDeskIntegrationDto, crate::Error> {
        let path = [
            "/service-desk-integrations/",
            &crate::request::path_segment(&self.id),
        ]
            .concat();
        let mut request = self.client.request(reqwest::Method::PUT, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        {
            let value = self.service_desk_integration_dto;
            request = crate::request::with_json(
                "putServiceDeskIntegration",
                request,
                "application/json",
                &value,
            )?;
        }
        let response = self.client.execute("putServiceDeskIntegration", request).await?;
        crate::request::json("putServiceDeskIntegration", response).await
    }
}

/// The request of [`ServiceDeskIntegrationApi::delete_service_desk_integration`](ServiceDeskIntegrationApi::delete_service_desk_integration): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteServiceDeskIntegration<'a> {
    client: &'a crate::Client,
    id: String,
}

impl DeleteServiceDeskIntegration<'_> {
    /// Sends the request: `DELETE /service-desk-integrations/{id}`.
    pub async fn send(self) -> Result<(), crate::Error> {
        let path = [
            "/service-desk-integrations/",
            &crate::request::path_segment(&self.id),
        ]
            .concat();
        let request = self.client.request(reqwest::Method::DELETE, &path);
        let response = self
            .client
            .execute("deleteServiceDeskIntegration", request)
            .await?;
        crate::request::empty("deleteServiceDeskIntegration", response).await
    }
}

/// The request of [`ServiceDeskIntegrationApi::patch_service_desk_integration`](ServiceDeskIntegrationApi::patch_service_desk_integration): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PatchServiceDeskIntegration<'a> {
    client: &'a crate::Client,
    id: String,
    json_patch_operation: Vec<models::JsonPatchOperation>,
}

impl PatchServiceDeskIntegration<'_> {
    /// Sends the request: `PATCH /service-desk-integrations/{id}`.
    pub async fn send(self) -> Result<models::ServiceDeskIntegrationDto, crate::Error> {
        let path = [
            "/service-desk-integrations/",
            &crate::request::path_segment(&self.id),
        ]
            .concat();
        let mut request = self.client.request(reqwest::Method::PATCH, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        {
            let value = self.json_patch_operation;
            request = crate::request::with_json(
                "patchServiceDeskIntegration",
                request,
                "application/json-patch+json",
                &value,
            )?;
        }
        let response = self
            .client
            .execute("patchServiceDeskIntegration", request)
            .await?;
        crate::request::json("patchServiceDeskIntegration", response).await
    }
}

/// The request of [`ServiceDeskIntegrationApi::get_service_desk_integration_types`](ServiceDeskIntegrationApi::get_service_desk_integration_types): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetServiceDeskIntegrationTypes<'a> {
    client: &'a crate::Client,
}

impl GetServiceDeskIntegrationTypes<'_> {
    /// Sends the request: `GET /service-desk-integrations/types`.
    pub async fn send(
        self,
    ) -> Result<Vec<models::ServiceDeskIntegrationTemplateType>, crate::Error> {
        let path = "/service-desk-integrations/types";
        let mut request = self.client.request(reqwest::Method::GET, path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self
            .client
            .execute("getServiceDeskIntegrationTypes", request)
            .await?;
        crate::request::json("getServiceDeskIntegrationTypes", response).await
    }
}

/// The request of [`ServiceDeskIntegrationApi::get_service_desk_integration_template`](ServiceDeskIntegrationApi::get_service_desk_integration_template): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetServiceDeskIntegrationTemplate<'a> {
    client: &'a crate::Client,
    script_name: String,
}

impl GetServiceDeskIntegrationTemplate<'_> {
    /// Sends the request: `GET /service-desk-integrations/templates/{scriptName}`.
    pub async fn send(
        self,
    ) -> Result<models::ServiceDeskIntegrationTemplateDto, crate::Error> {
        let path = [
            "/service-desk-integrations/templates/",
            &crate::request::path_segment(&self.script_name),
        ]
            .concat();
        let mut request = self.client.request(reqwest::Method::GET, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self
            .client
            .execute("getServiceDeskIntegrationTemplate", request)
            .await?;
        crate::request::json("getServiceDeskIntegrationTemplate", response).await
    }
}

/// The request of [`ServiceDeskIntegrationApi::get_status_check_details`](ServiceDeskIntegrationApi::get_status_check_details): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetStatusCheckDetails<'a> {
    client: &'a crate::Client,
}

impl GetStatusCheckDetails<'_> {
    /// Sends the request: `GET /service-desk-integrations/status-check-configuration`.
    pub async fn send(self) -> Result<models::QueuedCheckConfigDetails, crate::Error> {
        let path = "/service-desk-integrations/status-check-configuration";
        let mut request = self.client.request(reqwest::Method::GET, path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self.client.execute("getStatusCheckDetails", request).await?;
        crate::request::json("getStatusCheckDetails", response).await
    }
}

/// The request of [`ServiceDeskIntegrationApi::update_status_check_details`](ServiceDeskIntegrationApi::update_status_check_details): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateStatusCheckDetails<'a> {
    client: &'a crate::Client,
    queued_check_config_details: models::QueuedCheckConfigDetails,
}

impl UpdateStatusCheckDetails<'_> {
    /// Sends the request: `PUT /service-desk-integrations/status-check-configuration`.
    pub async fn send(self) -> Result<models::QueuedCheckConfigDetails, crate::Error> {
        let path = "/service-desk-integrations/status-check-configuration";
        let mut request = self.client.request(reqwest::Method::PUT, path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        {
            let value = self.queued_check_config_details;
            request = crate::request::with_json(
                "updateStatusCheckDetails",
                request,
                "application/json",
                &value,
            )?;
        }
        let response = self.client.execute("updateStatusCheckDetails", request).await?;
        crate::request::json("updateStatusCheckDetails", response).await
    }
}
