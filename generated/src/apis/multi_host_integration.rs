//! Use this API to build a Multi-Host Integration.
//! Multi-Host Integration will help customers to configure and manage similar type of target system in Identity Security Cloud.
//! In Identity Security Cloud, administrators can create a Multi-Host Integration by going to Admin > Connections > Multi-Host Sources and selecting 'Create.'

use crate::models;

/// The Multi-Host Integration operations: get them from [`Client::multi_host_integration`](crate::Client::multi_host_integration).
#[derive(Debug, Clone, Copy)]
pub struct MultiHostIntegrationApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The Multi-Host Integration operations.
    pub fn multi_host_integration(&self) -> MultiHostIntegrationApi<'_> {
        MultiHostIntegrationApi {
            client: self,
        }
    }
}

impl<'a> MultiHostIntegrationApi<'a> {
    /// List all existing multi-host integrations
    ///
    /// Get a list of Multi-Host Integrations.
    ///
    /// A token with Org Admin or Multi-Host Admin authority is required to access this endpoint.
    ///
    /// `GET /multihosts` (`getMultiHostIntegrationsList`)
    pub fn get_multi_host_integrations_list(&self) -> GetMultiHostIntegrationsList<'a> {
        GetMultiHostIntegrationsList {
            client: self.client,
            offset: None,
            limit: None,
            sorters: None,
            filters: None,
            count: None,
            for_subadmin: None,
        }
    }

    /// Create multi-host integration
    ///
    /// This API is used to create Multi-Host Integration. Multi-host Integration holds similar types of sources.
    ///
    /// A token with Org Admin or Multi-Host Admin authority is required to access this endpoint.
    ///
    /// `POST /multihosts` (`createMultiHostIntegration`)
    pub fn create_multi_host_integration(
        &self,
        multi_host_integrations_create: models::MultiHostIntegrationsCreate,
    ) -> CreateMultiHostIntegration<'a> {
        CreateMultiHostIntegration {
            client: self.client,
            multi_host_integrations_create,
        }
    }

    /// List multi-host integration types
    ///
    /// This API endpoint returns the current list of supported Multi-Host Integration types.
    ///
    /// A token with Org Admin or Multi-Host Admin authority is required to access this endpoint.
    ///
    /// `GET /multihosts/types` (`getMultihostIntegrationTypes`)
    pub fn get_multihost_integration_types(&self) -> GetMultihostIntegrationTypes<'a> {
        GetMultihostIntegrationTypes {
            client: self.client,
        }
    }

    /// Get multi-host integration by id
    ///
    /// Get an existing Multi-Host Integration.
    ///
    /// A token with Org Admin or Multi-Host Integration Admin authority is required to access this endpoint.
    ///
    /// `GET /multihosts/{multihostId}` (`getMultiHostIntegrations`)
    pub fn get_multi_host_integrations(
        &self,
        multihost_id: impl Into<String>,
    ) -> GetMultiHostIntegrations<'a> {
        GetMultiHostIntegrations {
            client: self.client,
            multihost_id: multihost_id.into(),
        }
    }

    /// Create sources within multi-host integration
    ///
    /// This API is used to create sources within Multi-Host Integration. Multi-Host Integration holds similar types of sources.
    ///
    /// A token with Org Admin or Multi-Host Admin authority is required to access this endpoint.
    ///
    /// `POST /multihosts/{multihostId}` (`createSourcesWithinMultiHost`)
    pub fn create_sources_within_multi_host(
        &self,
        multihost_id: impl Into<String>,
        multi_host_integrations_create_sources: Vec<
            models::MultiHostIntegrationsCreateSources,
        >,
    ) -> CreateSourcesWithinMultiHost<'a> {
        CreateSourcesWithinMultiHost {
            client: self.client,
            multihost_id: multihost_id.into(),
            multi_host_integrations_create_sources,
        }
    }

    /// Delete multi-host integration
    ///
    /// Delete an existing Multi-Host Integration by ID.
    ///
    /// A token with Org Admin or Multi Host Admin authority is required to access this endpoint.
    ///
    /// `DELETE /multihosts/{multihostId}` (`deleteMultiHost`)
    pub fn delete_multi_host(
        &self,
        multihost_id: impl Into<String>,
    ) -> DeleteMultiHost<'a> {
        DeleteMultiHost {
            client: self.client,
            multihost_id: multihost_id.into(),
        }
    }

    /// Update multi-host integration
    ///
    /// Update existing sources within Multi-Host Integration.
    ///
    /// A token with Org Admin or Multi-Host Admin authority is required to access this endpoint.
    ///
    /// `PATCH /multihosts/{multihostId}` (`updateMultiHostSources`)
    pub fn update_multi_host_sources(
        &self,
        multihost_id: impl Into<String>,
        update_multi_host_sources_request_inner: Vec<
            models::UpdateMultiHostSourcesRequestInner,
        >,
    ) -> UpdateMultiHostSources<'a> {
        UpdateMultiHostSources {
            client: self.client,
            multihost_id: multihost_id.into(),
            update_multi_host_sources_request_inner,
        }
    }

    /// Test configuration for multi-host integration
    ///
    /// This endpoint performs a more detailed validation of the Multi-Host Integration's configuration.
    ///
    /// A token with Org Admin or Multi-Host Admin authority is required to access this endpoint.
    ///
    /// `POST /multihosts/{multihostId}/sources/testConnection` (`testConnectionMultiHostSources`)
    pub fn test_connection_multi_host_sources(
        &self,
        multihost_id: impl Into<String>,
    ) -> TestConnectionMultiHostSources<'a> {
        TestConnectionMultiHostSources {
            client: self.client,
            multihost_id: multihost_id.into(),
        }
    }

    /// Test configuration for multi-host integration's single source
    ///
    /// This endpoint performs a more detailed validation of the source's configuration.
    ///
    /// A token with Org Admin or Multi-Host Admin authority is required to access this endpoint.
    ///
    /// `GET /multihosts/{multihostId}/sources/{sourceId}/testConnection` (`testSourceConnectionMultihost`)
    pub fn test_source_connection_multihost(
        &self,
        multihost_id: impl Into<String>,
        source_id: impl Into<String>,
    ) -> TestSourceConnectionMultihost<'a> {
        TestSourceConnectionMultihost {
            client: self.client,
            multihost_id: multihost_id.into(),
            source_id: source_id.into(),
        }
    }

    /// List sources within multi-host integration
    ///
    /// Get a list of sources within Multi-Host Integration ID.
    ///
    /// A token with Org Admin or Multi-Host Admin authority is required to access this endpoint.
    ///
    /// `GET /multihosts/{multihostId}/sources` (`getSourcesWithinMultiHost`)
    pub fn get_sources_within_multi_host(
        &self,
        multihost_id: impl Into<String>,
    ) -> GetSourcesWithinMultiHost<'a> {
        GetSourcesWithinMultiHost {
            client: self.client,
            multihost_id: multihost_id.into(),
            offset: None,
            limit: None,
            sorters: None,
            filters: None,
            count: None,
        }
    }

    /// List multi-host source creation errors
    ///
    /// Get a list of sources creation errors within Multi-Host Integration ID.
    ///
    /// A token with Org Admin or Multi-Host Admin authority is required to access this endpoint.
    ///
    /// `GET /multihosts/{multiHostId}/sources/errors` (`getMultiHostSourceCreationErrors`)
    pub fn get_multi_host_source_creation_errors(
        &self,
        multi_host_id: impl Into<String>,
    ) -> GetMultiHostSourceCreationErrors<'a> {
        GetMultiHostSourceCreationErrors {
            client: self.client,
            multi_host_id: multi_host_id.into(),
        }
    }

    /// Get account aggregation groups within multi-host integration id
    ///
    /// This API will return array of account aggregation groups within provided Multi-Host Integration ID.
    ///
    /// A token with Org Admin or Multi-Host Admin authority is required to access this endpoint.
    ///
    /// `GET /multihosts/{multihostId}/acctAggregationGroups` (`getAcctAggregationGroups`)
    pub fn get_acct_aggregation_groups(
        &self,
        multihost_id: impl Into<String>,
    ) -> GetAcctAggregationGroups<'a> {
        GetAcctAggregationGroups {
            client: self.client,
            multihost_id: multihost_id.into(),
        }
    }

    /// Get entitlement aggregation groups within multi-host integration id
    ///
    /// This API will return array of aggregation groups within provided Multi-Host Integration ID.
    ///
    /// A token with Org Admin or Multi-Host Admin authority is required to access this endpoint.
    ///
    /// `GET /multihosts/{multiHostId}/entitlementAggregationGroups` (`getEntitlementAggregationGroups`)
    pub fn get_entitlement_aggregation_groups(
        &self,
        multi_host_id: impl Into<String>,
    ) -> GetEntitlementAggregationGroups<'a> {
        GetEntitlementAggregationGroups {
            client: self.client,
            multi_host_id: multi_host_id.into(),
        }
    }
}

/// The request of [`MultiHostIntegrationApi::get_multi_host_integrations_list`](MultiHostIntegrationApi::get_multi_host_integrations_list): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetMultiHostIntegrationsList<'a> {
    client: &'a crate::Client,
    offset: Option<i32>,
    limit: Option<i32>,
    sorters: Option<String>,
    filters: Option<String>,
    count: Option<bool>,
    for_subadmin: Option<String>,
}

impl GetMultiHostIntegrationsList<'_> {
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
    /// **type**: *in*
    ///
    /// **forSubAdminId**: *in*
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

    /// If provided, filters the returned list according to what is visible to the indicated ROLE_SUBADMIN Identity or SOURCE_SUBADMIN identity.
    ///
    /// The value of the parameter is either an Identity ID, or the special value **me**, which is shorthand for the calling Identity's ID.
    ///
    /// A 400 Bad Request error is returned if the **for-subadmin** parameter is specified for an Identity that is not a subadmin.
    pub fn for_subadmin(mut self, for_subadmin: impl Into<String>) -> Self {
        self.for_subadmin = Some(for_subadmin.into());
        self
    }

    /// Sends the request: `GET /multihosts`.
    pub async fn send(self) -> Result<Vec<models::MultiHostIntegrations>, crate::Error> {
        let path = "/multihosts";
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
        if let Some(value) = &self.for_subadmin {
            query.push(("for-subadmin", value.clone()));
        }
        request = request.query(&query);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self
            .client
            .execute("getMultiHostIntegrationsList", request)
            .await?;
        crate::request::json("getMultiHostIntegrationsList", response).await
    }
}

/// The request of [`MultiHostIntegrationApi::create_multi_host_integration`](MultiHostIntegrationApi::create_multi_host_integration): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateMultiHostIntegration<'a> {
    client: &'a crate::Client,
    multi_host_integrations_create: models::MultiHostIntegrationsCreate,
}

impl CreateMultiHostIntegration<'_> {
    /// Sends the request: `POST /multihosts`.
    pub async fn send(self) -> Result<models::MultiHostIntegrations, crate::Error> {
        let path = "/multihosts";
        let mut request = self.client.request(reqwest::Method::POST, path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        {
            let value = self.multi_host_integrations_create;
            request = crate::request::with_json(
                "createMultiHostIntegration",
                request,
                "application/json",
                &value,
            )?;
        }
        let response = self.client.execute("createMultiHostIntegration", request).await?;
        crate::request::json("createMultiHostIntegration", response).await
    }
}

/// The request of [`MultiHostIntegrationApi::get_multihost_integration_types`](MultiHostIntegrationApi::get_multihost_integration_types): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetMultihostIntegrationTypes<'a> {
    client: &'a crate::Client,
}

impl GetMultihostIntegrationTypes<'_> {
    /// Sends the request: `GET /multihosts/types`.
    pub async fn send(
        self,
    ) -> Result<Vec<models::MultiHostIntegrationTemplateType>, crate::Error> {
        let path = "/multihosts/types";
        let mut request = self.client.request(reqwest::Method::GET, path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self
            .client
            .execute("getMultihostIntegrationTypes", request)
            .await?;
        crate::request::json("getMultihostIntegrationTypes", response).await
    }
}

/// The request of [`MultiHostIntegrationApi::get_multi_host_integrations`](MultiHostIntegrationApi::get_multi_host_integrations): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetMultiHostIntegrations<'a> {
    client: &'a crate::Client,
    multihost_id: String,
}

impl GetMultiHostIntegrations<'_> {
    /// Sends the request: `GET /multihosts/{multihostId}`.
    pub async fn send(self) -> Result<models::MultiHostIntegrations, crate::Error> {
        let path = ["/multihosts/", &crate::request::path_segment(&self.multihost_id)]
            .concat();
        let mut request = self.client.request(reqwest::Method::GET, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self.client.execute("getMultiHostIntegrations", request).await?;
        crate::request::json("getMultiHostIntegrations", response).await
    }
}

/// The request of [`MultiHostIntegrationApi::create_sources_within_multi_host`](MultiHostIntegrationApi::create_sources_within_multi_host): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateSourcesWithinMultiHost<'a> {
    client: &'a crate::Client,
    multihost_id: String,
    multi_host_integrations_create_sources: Vec<
        models::MultiHostIntegrationsCreateSources,
    >,
}

impl CreateSourcesWithinMultiHost<'_> {
    /// Sends the request: `POST /multihosts/{multihostId}`.
    pub async fn send(self) -> Result<(), crate::Error> {
        let path = ["/multihosts/", &crate::request::path_segment(&self.multihost_id)]
            .concat();
        let mut request = self.client.request(reqwest::Method::POST, &path);
        {
            let value = self.multi_host_integrations_create_sources;
            request = crate::request::with_json(
                "createSourcesWithinMultiHost",
                request,
                "application/json",
                &value,
            )?;
        }
        let response = self
            .client
            .execute("createSourcesWithinMultiHost", request)
            .await?;
        crate::request::empty("createSourcesWithinMultiHost", response).await
    }
}

/// The request of [`MultiHostIntegrationApi::delete_multi_host`](MultiHostIntegrationApi::delete_multi_host): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteMultiHost<'a> {
    client: &'a crate::Client,
    multihost_id: String,
}

impl DeleteMultiHost<'_> {
    /// Sends the request: `DELETE /multihosts/{multihostId}`.
    pub async fn send(self) -> Result<(), crate::Error> {
        let path = ["/multihosts/", &crate::request::path_segment(&self.multihost_id)]
            .concat();
        let request = self.client.request(reqwest::Method::DELETE, &path);
        let response = self.client.execute("deleteMultiHost", request).await?;
        crate::request::empty("deleteMultiHost", response).await
    }
}

/// The request of [`MultiHostIntegrationApi::update_multi_host_sources`](MultiHostIntegrationApi::update_multi_host_sources): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateMultiHostSources<'a> {
    client: &'a crate::Client,
    multihost_id: String,
    update_multi_host_sources_request_inner: Vec<
        models::UpdateMultiHostSourcesRequestInner,
    >,
}

impl UpdateMultiHostSources<'_> {
    /// Sends the request: `PATCH /multihosts/{multihostId}`.
    pub async fn send(self) -> Result<(), crate::Error> {
        let path = ["/multihosts/", &crate::request::path_segment(&self.multihost_id)]
            .concat();
        let mut request = self.client.request(reqwest::Method::PATCH, &path);
        {
            let value = self.update_multi_host_sources_request_inner;
            request = crate::request::with_json(
                "updateMultiHostSources",
                request,
                "application/json-patch+json",
                &value,
            )?;
        }
        let response = self.client.execute("updateMultiHostSources", request).await?;
        crate::request::empty("updateMultiHostSources", response).await
    }
}

/// The request of [`MultiHostIntegrationApi::test_connection_multi_host_sources`](MultiHostIntegrationApi::test_connection_multi_host_sources): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct TestConnectionMultiHostSources<'a> {
    client: &'a crate::Client,
    multihost_id: String,
}

impl TestConnectionMultiHostSources<'_> {
    /// Sends the request: `POST /multihosts/{multihostId}/sources/testConnection`.
    pub async fn send(self) -> Result<(), crate::Error> {
        let path = [
            "/multihosts/",
            &crate::request::path_segment(&self.multihost_id),
            "/sources/testConnection",
        ]
            .concat();
        let request = self.client.request(reqwest::Method::POST, &path);
        let response = self
            .client
            .execute("testConnectionMultiHostSources", request)
            .await?;
        crate::request::empty("testConnectionMultiHostSources", response).await
    }
}

/// The request of [`MultiHostIntegrationApi::test_source_connection_multihost`](MultiHostIntegrationApi::test_source_connection_multihost): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct TestSourceConnectionMultihost<'a> {
    client: &'a crate::Client,
    multihost_id: String,
    source_id: String,
}

impl TestSourceConnectionMultihost<'_> {
    /// Sends the request: `GET /multihosts/{multihostId}/sources/{sourceId}/testConnection`.
    pub async fn send(
        self,
    ) -> Result<models::TestSourceConnectionMultihost200Response, crate::Error> {
        let path = [
            "/multihosts/",
            &crate::request::path_segment(&self.multihost_id),
            "/sources/",
            &crate::request::path_segment(&self.source_id),
            "/testConnection",
        ]
            .concat();
        let mut request = self.client.request(reqwest::Method::GET, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self
            .client
            .execute("testSourceConnectionMultihost", request)
            .await?;
        crate::request::json("testSourceConnectionMultihost", response).await
    }
}

/// The request of [`MultiHostIntegrationApi::get_sources_within_multi_host`](MultiHostIntegrationApi::get_sources_within_multi_host): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetSourcesWithinMultiHost<'a> {
    client: &'a crate::Client,
    multihost_id: String,
    offset: Option<i32>,
    limit: Option<i32>,
    sorters: Option<String>,
    filters: Option<String>,
    count: Option<bool>,
}

impl GetSourcesWithinMultiHost<'_> {
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
    /// **id**: *in*
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

    /// Sends the request: `GET /multihosts/{multihostId}/sources`.
    pub async fn send(self) -> Result<Vec<models::MultiHostSources>, crate::Error> {
        let path = [
            "/multihosts/",
            &crate::request::path_segment(&self.multihost_id),
            "/sources",
        ]
            .concat();
        let mut request = self.client.request(reqwest::Method::GET, &path);
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
        let response = self.client.execute("getSourcesWithinMultiHost", request).await?;
        crate::request::json("getSourcesWithinMultiHost", response).await
    }
}

/// The request of [`MultiHostIntegrationApi::get_multi_host_source_creation_errors`](MultiHostIntegrationApi::get_multi_host_source_creation_errors): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetMultiHostSourceCreationErrors<'a> {
    client: &'a crate::Client,
    multi_host_id: String,
}

impl GetMultiHostSourceCreationErrors<'_> {
    /// Sends the request: `GET /multihosts/{multiHostId}/sources/errors`.
    pub async fn send(self) -> Result<Vec<models::SourceCreationErrors>, crate::Error> {
        let path = [
            "/multihosts/",
            &crate::request::path_segment(&self.multi_host_id),
            "/sources/errors",
        ]
            .concat();
        let mut request = self.client.request(reqwest::Method::GET, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self
            .client
            .execute("getMultiHostSourceCreationErrors", request)
            .await?;
        crate::request::json("getMultiHostSourceCreationErrors", response).await
    }
}

/// The request of [`MultiHostIntegrationApi::get_acct_aggregation_groups`](MultiHostIntegrationApi::get_acct_aggregation_groups): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetAcctAggregationGroups<'a> {
    client: &'a crate::Client,
    multihost_id: String,
}

impl GetAcctAggregationGroups<'_> {
    /// Sends the request: `GET /multihosts/{multihostId}/acctAggregationGroups`.
    pub async fn send(
        self,
    ) -> Result<models::MultiHostIntegrationsAggScheduleUpdate, crate::Error> {
        let path = [
            "/multihosts/",
            &crate::request::path_segment(&self.multihost_id),
            "/acctAggregationGroups",
        ]
            .concat();
        let mut request = self.client.request(reqwest::Method::GET, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self.client.execute("getAcctAggregationGroups", request).await?;
        crate::request::json("getAcctAggregationGroups", response).await
    }
}

/// The request of [`MultiHostIntegrationApi::get_entitlement_aggregation_groups`](MultiHostIntegrationApi::get_entitlement_aggregation_groups): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetEntitlementAggregationGroups<'a> {
    client: &'a crate::Client,
    multi_host_id: String,
}

impl GetEntitlementAggregationGroups<'_> {
    /// Sends the request: `GET /multihosts/{multiHostId}/entitlementAggregationGroups`.
    pub async fn send(
        self,
    ) -> Result<models::MultiHostIntegrationsAggScheduleUpdate, crate::Error> {
        let path = [
            "/multihosts/",
            &crate::request::path_segment(&self.multi_host_id),
            "/entitlementAggregationGroups",
        ]
            .concat();
        let mut request = self.client.request(reqwest::Method::GET, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self
            .client
            .execute("getEntitlementAggregationGroups", request)
            .await?;
        crate::request::json("getEntitlementAggregationGroups", response).await
    }
}
