//! The Role Insights API.

use crate::models;

/// The Role Insights operations: get them from [`Client::role_insights`](crate::Client::role_insights).
#[derive(Debug, Clone, Copy)]
pub struct RoleInsightsApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The Role Insights operations.
    pub fn role_insights(&self) -> RoleInsightsApi<'_> {
        RoleInsightsApi { client: self }
    }
}

impl<'a> RoleInsightsApi<'a> {
    /// Generate insights for roles
    ///
    /// Submits a create role insights request to the role insights application. At this time there are no parameters. All business roles will be processed for the customer.
    ///
    /// `POST /role-insights/requests` (`createRoleInsightRequests`)
    #[deprecated(note = "deprecated in the spec")]
    pub fn create_role_insight_requests(&self) -> CreateRoleInsightRequests<'a> {
        CreateRoleInsightRequests {
            client: self.client,
        }
    }

    /// Returns metadata from prior request.
    ///
    /// This endpoint returns details of a prior role insights request.
    ///
    /// `GET /role-insights/requests/{id}` (`getRoleInsightsRequests`)
    #[deprecated(note = "deprecated in the spec")]
    pub fn get_role_insights_requests(
        &self,
        id: impl Into<String>,
    ) -> GetRoleInsightsRequests<'a> {
        GetRoleInsightsRequests {
            client: self.client,
            id: id.into(),
        }
    }

    /// Get role insights summary information
    ///
    /// This method returns high level summary information for role insights for a customer.
    ///
    /// `GET /role-insights/summary` (`getRoleInsightsSummary`)
    pub fn get_role_insights_summary(&self) -> GetRoleInsightsSummary<'a> {
        GetRoleInsightsSummary {
            client: self.client,
        }
    }

    /// Get role insights
    ///
    /// This method returns detailed role insights for each role.
    ///
    /// `GET /role-insights` (`getRoleInsights`)
    pub fn get_role_insights(&self) -> GetRoleInsights<'a> {
        GetRoleInsights {
            client: self.client,
            offset: None,
            limit: None,
            count: None,
            sorters: None,
            filters: None,
        }
    }

    /// Get a single role insight
    ///
    /// This endpoint gets role insights information for a role.
    ///
    /// `GET /role-insights/{insightId}` (`getRoleInsight`)
    pub fn get_role_insight(&self, insight_id: impl Into<String>) -> GetRoleInsight<'a> {
        GetRoleInsight {
            client: self.client,
            insight_id: insight_id.into(),
        }
    }

    /// Get entitlement insights for a role
    ///
    /// This endpoint returns entitlement insights for a role.
    ///
    /// `GET /role-insights/{insightId}/entitlement-changes` (`getRoleInsightsEntitlementsChanges`)
    pub fn get_role_insights_entitlements_changes(
        &self,
        insight_id: impl Into<String>,
    ) -> GetRoleInsightsEntitlementsChanges<'a> {
        GetRoleInsightsEntitlementsChanges {
            client: self.client,
            insight_id: insight_id.into(),
            sorters: None,
            filters: None,
        }
    }

    /// Download entitlement insights for a role
    ///
    /// This endpoint returns the entitlement insights for a role.
    ///
    /// `GET /role-insights/{insightId}/entitlement-changes/download` (`downloadRoleInsightsEntitlementsChanges`)
    pub fn download_role_insights_entitlements_changes(
        &self,
        insight_id: impl Into<String>,
    ) -> DownloadRoleInsightsEntitlementsChanges<'a> {
        DownloadRoleInsightsEntitlementsChanges {
            client: self.client,
            insight_id: insight_id.into(),
            sorters: None,
            filters: None,
        }
    }

    /// Get current entitlement for a role
    ///
    /// This endpoint gets the entitlements for a role. The term "current" is to distinguish from the entitlement(s) an insight might recommend adding.
    ///
    /// `GET /role-insights/{insightId}/current-entitlements` (`getRoleInsightsCurrentEntitlements`)
    pub fn get_role_insights_current_entitlements(
        &self,
        insight_id: impl Into<String>,
    ) -> GetRoleInsightsCurrentEntitlements<'a> {
        GetRoleInsightsCurrentEntitlements {
            client: self.client,
            insight_id: insight_id.into(),
            filters: None,
        }
    }

    /// Get identities for a suggested entitlement (for a role)
    ///
    /// Role insights suggests entitlements to be added for a role. This endpoint returns a list of identities in the role, with or without the entitlements, for a suggested entitlement so that the user can see which identities would be affected if the suggested entitlement were to be added to the role.
    ///
    /// `GET /role-insights/{insightId}/entitlement-changes/{entitlementId}/identities` (`getEntitlementChangesIdentities`)
    pub fn get_entitlement_changes_identities(
        &self,
        insight_id: impl Into<String>,
        entitlement_id: impl Into<String>,
    ) -> GetEntitlementChangesIdentities<'a> {
        GetEntitlementChangesIdentities {
            client: self.client,
            insight_id: insight_id.into(),
            entitlement_id: entitlement_id.into(),
            has_entitlement: None,
            offset: None,
            limit: None,
            count: None,
            sorters: None,
            filters: None,
        }
    }
}

/// The request of [`RoleInsightsApi::create_role_insight_requests`](RoleInsightsApi::create_role_insight_requests): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateRoleInsightRequests<'a> {
    client: &'a crate::Client,
}

impl CreateRoleInsightRequests<'_> {
    /// Sends the request: `POST /role-insights/requests`.
    pub async fn send(self) -> Result<models::RoleInsightsResponse, crate::Error> {
        let path = "/role-insights/requests";
        let mut request = self.client.request(reqwest::Method::POST, path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self.client.execute("createRoleInsightRequests", request).await?;
        crate::request::json("createRoleInsightRequests", response).await
    }
}

/// The request of [`RoleInsightsApi::get_role_insights_requests`](RoleInsightsApi::get_role_insights_requests): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetRoleInsightsRequests<'a> {
    client: &'a crate::Client,
    id: String,
}

impl GetRoleInsightsRequests<'_> {
    /// Sends the request: `GET /role-insights/requests/{id}`.
    pub async fn send(self) -> Result<models::RoleInsightsResponse, crate::Error> {
        let path = ["/role-insights/requests/", &crate::request::path_segment(&self.id)]
            .concat();
        let mut request = self.client.request(reqwest::Method::GET, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self.client.execute("getRoleInsightsRequests", request).await?;
        crate::request::json("getRoleInsightsRequests", response).await
    }
}

/// The request of [`RoleInsightsApi::get_role_insights_summary`](RoleInsightsApi::get_role_insights_summary): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetRoleInsightsSummary<'a> {
    client: &'a crate::Client,
}

impl GetRoleInsightsSummary<'_> {
    /// Sends the request: `GET /role-insights/summary`.
    pub async fn send(self) -> Result<models::RoleInsightsSummary, crate::Error> {
        let path = "/role-insights/summary";
        let mut request = self.client.request(reqwest::Method::GET, path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self.client.execute("getRoleInsightsSummary", request).await?;
        crate::request::json("getRoleInsightsSummary", response).await
    }
}

/// The request of [`RoleInsightsApi::get_role_insights`](RoleInsightsApi::get_role_insights): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetRoleInsights<'a> {
    client: &'a crate::Client,
    offset: Option<i32>,
    limit: Option<i32>,
    count: Option<bool>,
    sorters: Option<String>,
    filters: Option<String>,
}

impl GetRoleInsights<'_> {
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

    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **numberOfUpdates, identitiesWithAccess, totalNumberOfIdentities**
    pub fn sorters(mut self, sorters: impl Into<String>) -> Self {
        self.sorters = Some(sorters.into());
        self
    }

    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **name**: *sw*
    ///
    /// **ownerName**: *sw*
    ///
    /// **description**: *sw*
    pub fn filters(mut self, filters: impl Into<String>) -> Self {
        self.filters = Some(filters.into());
        self
    }

    /// Sends the request: `GET /role-insights`.
    pub async fn send(self) -> Result<Vec<models::RoleInsight>, crate::Error> {
        let path = "/role-insights";
        let mut request = self.client.request(reqwest::Method::GET, path);
        let mut query: Vec<(&str, String)> = Vec::new();
        if let Some(value) = &self.offset {
            query.push(("offset", value.to_string()));
        }
        if let Some(value) = &self.limit {
            query.push(("limit", value.to_string()));
        }
        if let Some(value) = &self.count {
            query.push(("count", value.to_string()));
        }
        if let Some(value) = &self.sorters {
            query.push(("sorters", value.clone()));
        }
        if let Some(value) = &self.filters {
            query.push(("filters", value.clone()));
        }
        request = request.query(&query);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self.client.execute("getRoleInsights", request).await?;
        crate::request::json("getRoleInsights", response).await
    }
}

/// The request of [`RoleInsightsApi::get_role_insight`](RoleInsightsApi::get_role_insight): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetRoleInsight<'a> {
    client: &'a crate::Client,
    insight_id: String,
}

impl GetRoleInsight<'_> {
    /// Sends the request: `GET /role-insights/{insightId}`.
    pub async fn send(self) -> Result<models::RoleInsight, crate::Error> {
        let path = ["/role-insights/", &crate::request::path_segment(&self.insight_id)]
            .concat();
        let mut request = self.client.request(reqwest::Method::GET, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self.client.execute("getRoleInsight", request).await?;
        crate::request::json("getRoleInsight", response).await
    }
}

/// The request of [`RoleInsightsApi::get_role_insights_entitlements_changes`](RoleInsightsApi::get_role_insights_entitlements_changes): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetRoleInsightsEntitlementsChanges<'a> {
    client: &'a crate::Client,
    insight_id: String,
    sorters: Option<String>,
    filters: Option<String>,
}

impl GetRoleInsightsEntitlementsChanges<'_> {
    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **identitiesWithAccess, name**
    pub fn sorters(mut self, sorters: impl Into<String>) -> Self {
        self.sorters = Some(sorters.into());
        self
    }

    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **name**: *sw*
    ///
    /// **description**: *sw*
    pub fn filters(mut self, filters: impl Into<String>) -> Self {
        self.filters = Some(filters.into());
        self
    }

    /// Sends the request: `GET /role-insights/{insightId}/entitlement-changes`.
    pub async fn send(
        self,
    ) -> Result<Vec<models::RoleInsightsEntitlementChanges>, crate::Error> {
        let path = [
            "/role-insights/",
            &crate::request::path_segment(&self.insight_id),
            "/entitlement-changes",
        ]
            .concat();
        let mut request = self.client.request(reqwest::Method::GET, &path);
        let mut query: Vec<(&str, String)> = Vec::new();
        if let Some(value) = &self.sorters {
            query.push(("sorters", value.clone()));
        }
        if let Some(value) = &self.filters {
            query.push(("filters", value.clone()));
        }
        request = request.query(&query);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self
            .client
            .execute("getRoleInsightsEntitlementsChanges", request)
            .await?;
        crate::request::json("getRoleInsightsEntitlementsChanges", response).await
    }
}

/// The request of [`RoleInsightsApi::download_role_insights_entitlements_changes`](RoleInsightsApi::download_role_insights_entitlements_changes): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DownloadRoleInsightsEntitlementsChanges<'a> {
    client: &'a crate::Client,
    insight_id: String,
    sorters: Option<String>,
    filters: Option<String>,
}

impl DownloadRoleInsightsEntitlementsChanges<'_> {
    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **identitiesWithAccess**
    ///
    /// The default sort is **identitiesWithAccess** in descending order.
    pub fn sorters(mut self, sorters: impl Into<String>) -> Self {
        self.sorters = Some(sorters.into());
        self
    }

    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **name**: *sw*
    ///
    /// **description**: *sw*
    pub fn filters(mut self, filters: impl Into<String>) -> Self {
        self.filters = Some(filters.into());
        self
    }

    /// Sends the request: `GET /role-insights/{insightId}/entitlement-changes/download`.
    pub async fn send(self) -> Result<Vec<u8>, crate::Error> {
        let path = [
            "/role-insights/",
            &crate::request::path_segment(&self.insight_id),
            "/entitlement-changes/download",
        ]
            .concat();
        let mut request = self.client.request(reqwest::Method::GET, &path);
        let mut query: Vec<(&str, String)> = Vec::new();
        if let Some(value) = &self.sorters {
            query.push(("sorters", value.clone()));
        }
        if let Some(value) = &self.filters {
            query.push(("filters", value.clone()));
        }
        request = request.query(&query);
        request = request.header(reqwest::header::ACCEPT, "text/csv");
        let response = self
            .client
            .execute("downloadRoleInsightsEntitlementsChanges", request)
            .await?;
        crate::request::bytes("downloadRoleInsightsEntitlementsChanges", response).await
    }
}

/// The request of [`RoleInsightsApi::get_role_insights_current_entitlements`](RoleInsightsApi::get_role_insights_current_entitlements): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetRoleInsightsCurrentEntitlements<'a> {
    client: &'a crate::Client,
    insight_id: String,
    filters: Option<String>,
}

impl GetRoleInsightsCurrentEntitlements<'_> {
    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **name**: *sw*
    ///
    /// **description**: *sw*
    pub fn filters(mut self, filters: impl Into<String>) -> Self {
        self.filters = Some(filters.into());
        self
    }

    /// Sends the request: `GET /role-insights/{insightId}/current-entitlements`.
    pub async fn send(
        self,
    ) -> Result<Vec<models::RoleInsightsEntitlement>, crate::Error> {
        let path = [
            "/role-insights/",
            &crate::request::path_segment(&self.insight_id),
            "/current-entitlements",
        ]
            .concat();
        let mut request = self.client.request(reqwest::Method::GET, &path);
        let mut query: Vec<(&str, String)> = Vec::new();
        if let Some(value) = &self.filters {
            query.push(("filters", value.clone()));
        }
        request = request.query(&query);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self
            .client
            .execute("getRoleInsightsCurrentEntitlements", request)
            .await?;
        crate::request::json("getRoleInsightsCurrentEntitlements", response).await
    }
}

/// The request of [`RoleInsightsApi::get_entitlement_changes_identities`](RoleInsightsApi::get_entitlement_changes_identities): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetEntitlementChangesIdentities<'a> {
    client: &'a crate::Client,
    insight_id: String,
    entitlement_id: String,
    has_entitlement: Option<bool>,
    offset: Option<i32>,
    limit: Option<i32>,
    count: Option<bool>,
    sorters: Option<String>,
    filters: Option<String>,
}

impl GetEntitlementChangesIdentities<'_> {
    /// Identity has this entitlement or not
    ///
    /// The server's default: `false`.
    pub fn has_entitlement(mut self, has_entitlement: bool) -> Self {
        self.has_entitlement = Some(has_entitlement);
        self
    }

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
    /// **name**: *sw*
    pub fn filters(mut self, filters: impl Into<String>) -> Self {
        self.filters = Some(filters.into());
        self
    }

    /// Sends the request: `GET /role-insights/{insightId}/entitlement-changes/{entitlementId}/identities`.
    pub async fn send(
        self,
    ) -> Result<Vec<models::RoleInsightsIdentities>, crate::Error> {
        let path = [
            "/role-insights/",
            &crate::request::path_segment(&self.insight_id),
            "/entitlement-changes/",
            &crate::request::path_segment(&self.entitlement_id),
            "/identities",
        ]
            .concat();
        let mut request = self.client.request(reqwest::Method::GET, &path);
        let mut query: Vec<(&str, String)> = Vec::new();
        if let Some(value) = &self.has_entitlement {
            query.push(("hasEntitlement", value.to_string()));
        }
        if let Some(value) = &self.offset {
            query.push(("offset", value.to_string()));
        }
        if let Some(value) = &self.limit {
            query.push(("limit", value.to_string()));
        }
        if let Some(value) = &self.count {
            query.push(("count", value.to_string()));
        }
        if let Some(value) = &self.sorters {
            query.push(("sorters", value.clone()));
        }
        if let Some(value) = &self.filters {
            query.push(("filters", value.clone()));
        }
        request = request.query(&query);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self
            .client
            .execute("getEntitlementChangesIdentities", request)
            .await?;
        crate::request::json("getEntitlementChangesIdentities", response).await
    }
}
