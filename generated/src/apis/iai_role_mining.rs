//! The IAI Role Mining API.

use crate::models;

/// The IAI Role Mining operations: get them from [`Client::iai_role_mining`](crate::Client::iai_role_mining).
#[derive(Debug, Clone, Copy)]
pub struct IaiRoleMiningApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The IAI Role Mining operations.
    pub fn iai_role_mining(&self) -> IaiRoleMiningApi<'_> {
        IaiRoleMiningApi { client: self }
    }
}

impl<'a> IaiRoleMiningApi<'a> {
    /// Retrieves all role mining sessions
    ///
    /// Returns all role mining sessions that match the query parameters
    ///
    /// `GET /role-mining-sessions` (`getRoleMiningSessions`)
    pub fn get_role_mining_sessions(&self) -> GetRoleMiningSessions<'a> {
        GetRoleMiningSessions {
            client: self.client,
            filters: None,
            sorters: None,
            offset: None,
            limit: None,
            count: None,
        }
    }

    /// Create a role mining session
    ///
    /// This submits a create role mining session request to the role mining application.
    ///
    /// `POST /role-mining-sessions` (`createRoleMiningSessions`)
    pub fn create_role_mining_sessions(
        &self,
        role_mining_session_dto: models::RoleMiningSessionDto,
    ) -> CreateRoleMiningSessions<'a> {
        CreateRoleMiningSessions {
            client: self.client,
            role_mining_session_dto,
        }
    }

    /// Get a role mining session
    ///
    /// The method retrieves a role mining session.
    ///
    /// `GET /role-mining-sessions/{sessionId}` (`getRoleMiningSession`)
    pub fn get_role_mining_session(
        &self,
        session_id: impl Into<String>,
    ) -> GetRoleMiningSession<'a> {
        GetRoleMiningSession {
            client: self.client,
            session_id: session_id.into(),
        }
    }

    /// Patch a role mining session
    ///
    /// The  method updates an existing role mining session using PATCH. Supports op in {"replace"} and changes to pruneThreshold and/or minNumIdentitiesInPotentialRole. The potential roles in this role mining session is then re-calculated.
    ///
    /// `PATCH /role-mining-sessions/{sessionId}` (`patchRoleMiningSession`)
    pub fn patch_role_mining_session(
        &self,
        session_id: impl Into<String>,
        json_patch_operation: Vec<models::JsonPatchOperation>,
    ) -> PatchRoleMiningSession<'a> {
        PatchRoleMiningSession {
            client: self.client,
            session_id: session_id.into(),
            json_patch_operation,
        }
    }

    /// Get role mining session status state
    ///
    /// This method returns a role mining session status for a customer.
    ///
    /// `GET /role-mining-sessions/{sessionId}/status` (`getRoleMiningSessionStatus`)
    pub fn get_role_mining_session_status(
        &self,
        session_id: impl Into<String>,
    ) -> GetRoleMiningSessionStatus<'a> {
        GetRoleMiningSessionStatus {
            client: self.client,
            session_id: session_id.into(),
        }
    }

    /// Retrieve session's potential role summaries
    ///
    /// This method returns the potential role summaries for a role mining session.
    ///
    /// `GET /role-mining-sessions/{sessionId}/potential-role-summaries` (`getPotentialRoleSummaries`)
    pub fn get_potential_role_summaries(
        &self,
        session_id: impl Into<String>,
    ) -> GetPotentialRoleSummaries<'a> {
        GetPotentialRoleSummaries {
            client: self.client,
            session_id: session_id.into(),
            sorters: None,
            filters: None,
            offset: None,
            limit: None,
            count: None,
        }
    }

    /// Retrieve potential role in session
    ///
    /// This method returns a specific potential role for a role mining session.
    ///
    /// `GET /role-mining-sessions/{sessionId}/potential-role-summaries/{potentialRoleId}` (`getPotentialRole`)
    pub fn get_potential_role(
        &self,
        session_id: impl Into<String>,
        potential_role_id: impl Into<String>,
    ) -> GetPotentialRole<'a> {
        GetPotentialRole {
            client: self.client,
            session_id: session_id.into(),
            potential_role_id: potential_role_id.into(),
        }
    }

    /// Update potential role in session
    ///
    /// This method updates an existing potential role using the role mining session id and the potential role summary id.
    ///
    /// The following fields can be modified:
    ///
    /// * `description`
    ///
    /// * `name`
    ///
    /// * `saved`
    ///
    ///
    /// >**NOTE: All other fields cannot be modified.**
    ///
    /// `PATCH /role-mining-sessions/{sessionId}/potential-role-summaries/{potentialRoleId}` (`patchPotentialRoleSession`)
    pub fn patch_potential_role_session(
        &self,
        session_id: impl Into<String>,
        potential_role_id: impl Into<String>,
        json_patch_operation_role_mining: Vec<models::JsonPatchOperationRoleMining>,
    ) -> PatchPotentialRoleSession<'a> {
        PatchPotentialRoleSession {
            client: self.client,
            session_id: session_id.into(),
            potential_role_id: potential_role_id.into(),
            json_patch_operation_role_mining,
        }
    }

    /// Retrieves the applications of a potential role for a role mining session
    ///
    /// This method returns the applications of a potential role for a role mining session.
    ///
    /// `GET /role-mining-sessions/{sessionId}/potential-role-summaries/{potentialRoleId}/applications` (`getPotentialRoleApplications`)
    pub fn get_potential_role_applications(
        &self,
        session_id: impl Into<String>,
        potential_role_id: impl Into<String>,
    ) -> GetPotentialRoleApplications<'a> {
        GetPotentialRoleApplications {
            client: self.client,
            session_id: session_id.into(),
            potential_role_id: potential_role_id.into(),
            filters: None,
            offset: None,
            limit: None,
            count: None,
        }
    }

    /// Retrieves the entitlements of a potential role for a role mining session
    ///
    /// This method returns the entitlements of a potential role for a role mining session.
    ///
    /// `GET /role-mining-sessions/{sessionId}/potential-role-summaries/{potentialRoleId}/entitlements` (`getPotentialRoleEntitlements`)
    pub fn get_potential_role_entitlements(
        &self,
        session_id: impl Into<String>,
        potential_role_id: impl Into<String>,
    ) -> GetPotentialRoleEntitlements<'a> {
        GetPotentialRoleEntitlements {
            client: self.client,
            session_id: session_id.into(),
            potential_role_id: potential_role_id.into(),
            filters: None,
            offset: None,
            limit: None,
            count: None,
        }
    }

    /// Retrieves entitlements for a potential role in a role mining session
    ///
    /// This method returns entitlements for a potential role in a role mining session.
    ///
    /// `GET /role-mining-sessions/{sessionId}/potential-roles/{potentialRoleId}/entitlement-popularities` (`getEntitlementsPotentialRole`)
    pub fn get_entitlements_potential_role(
        &self,
        session_id: impl Into<String>,
        potential_role_id: impl Into<String>,
    ) -> GetEntitlementsPotentialRole<'a> {
        GetEntitlementsPotentialRole {
            client: self.client,
            session_id: session_id.into(),
            potential_role_id: potential_role_id.into(),
            include_common_access: None,
            sorters: None,
            filters: None,
            offset: None,
            limit: None,
            count: None,
        }
    }

    /// Retrieves entitlement popularity distribution for a potential role in a role mining session
    ///
    /// This method returns entitlement popularity distribution for a potential role in a role mining session.
    ///
    /// `GET /role-mining-sessions/{sessionId}/potential-roles/{potentialRoleId}/entitlement-popularity-distribution` (`getEntitlementDistributionPotentialRole`)
    pub fn get_entitlement_distribution_potential_role(
        &self,
        session_id: impl Into<String>,
        potential_role_id: impl Into<String>,
    ) -> GetEntitlementDistributionPotentialRole<'a> {
        GetEntitlementDistributionPotentialRole {
            client: self.client,
            session_id: session_id.into(),
            potential_role_id: potential_role_id.into(),
            include_common_access: None,
        }
    }

    /// Edit entitlements for a potential role to exclude some entitlements
    ///
    /// This endpoint adds or removes entitlements from an exclusion list for a potential role.
    ///
    /// `POST /role-mining-sessions/{sessionId}/potential-roles/{potentialRoleId}/edit-entitlements` (`updateEntitlementsPotentialRole`)
    pub fn update_entitlements_potential_role(
        &self,
        session_id: impl Into<String>,
        potential_role_id: impl Into<String>,
        role_mining_potential_role_edit_entitlements: models::RoleMiningPotentialRoleEditEntitlements,
    ) -> UpdateEntitlementsPotentialRole<'a> {
        UpdateEntitlementsPotentialRole {
            client: self.client,
            session_id: session_id.into(),
            potential_role_id: potential_role_id.into(),
            role_mining_potential_role_edit_entitlements,
        }
    }

    /// Retrieves identities for a potential role in a role mining session
    ///
    /// This method returns identities for a potential role in a role mining session.
    ///
    /// `GET /role-mining-sessions/{sessionId}/potential-roles/{potentialRoleId}/identities` (`getIdentitiesPotentialRole`)
    pub fn get_identities_potential_role(
        &self,
        session_id: impl Into<String>,
        potential_role_id: impl Into<String>,
    ) -> GetIdentitiesPotentialRole<'a> {
        GetIdentitiesPotentialRole {
            client: self.client,
            session_id: session_id.into(),
            potential_role_id: potential_role_id.into(),
            sorters: None,
            filters: None,
            offset: None,
            limit: None,
            count: None,
        }
    }

    /// Export (download) details for a potential role in a role mining session
    ///
    /// This endpoint downloads all the information for a potential role in a role mining session. Includes identities and entitlements in the potential role.
    ///
    /// `GET /role-mining-sessions/{sessionId}/potential-roles/{potentialRoleId}/export` (`exportRoleMiningPotentialRole`)
    pub fn export_role_mining_potential_role(
        &self,
        session_id: impl Into<String>,
        potential_role_id: impl Into<String>,
    ) -> ExportRoleMiningPotentialRole<'a> {
        ExportRoleMiningPotentialRole {
            client: self.client,
            session_id: session_id.into(),
            potential_role_id: potential_role_id.into(),
        }
    }

    /// Asynchronously export details for a potential role in a role mining session and upload to s3
    ///
    /// This endpoint uploads all the information for a potential role in a role mining session to S3 as a downloadable zip archive.  Includes identities and entitlements in the potential role.
    ///
    /// `POST /role-mining-sessions/{sessionId}/potential-roles/{potentialRoleId}/export-async` (`exportRoleMiningPotentialRoleAsync`)
    pub fn export_role_mining_potential_role_async(
        &self,
        session_id: impl Into<String>,
        potential_role_id: impl Into<String>,
    ) -> ExportRoleMiningPotentialRoleAsync<'a> {
        ExportRoleMiningPotentialRoleAsync {
            client: self.client,
            session_id: session_id.into(),
            potential_role_id: potential_role_id.into(),
            role_mining_potential_role_export_request: None,
        }
    }

    /// Retrieve status of a potential role export job
    ///
    /// This endpoint retrieves information about the current status of a potential role export.
    ///
    /// `GET /role-mining-sessions/{sessionId}/potential-roles/{potentialRoleId}/export-async/{exportId}` (`exportRoleMiningPotentialRoleStatus`)
    pub fn export_role_mining_potential_role_status(
        &self,
        session_id: impl Into<String>,
        potential_role_id: impl Into<String>,
        export_id: impl Into<String>,
    ) -> ExportRoleMiningPotentialRoleStatus<'a> {
        ExportRoleMiningPotentialRoleStatus {
            client: self.client,
            session_id: session_id.into(),
            potential_role_id: potential_role_id.into(),
            export_id: export_id.into(),
        }
    }

    /// Export (download) details for a potential role in a role mining session
    ///
    /// This endpoint downloads a completed export of information for a potential role in a role mining session.
    ///
    /// `GET /role-mining-sessions/{sessionId}/potential-roles/{potentialRoleId}/export-async/{exportId}/download` (`downloadRoleMiningPotentialRoleZip`)
    pub fn download_role_mining_potential_role_zip(
        &self,
        session_id: impl Into<String>,
        potential_role_id: impl Into<String>,
        export_id: impl Into<String>,
    ) -> DownloadRoleMiningPotentialRoleZip<'a> {
        DownloadRoleMiningPotentialRoleZip {
            client: self.client,
            session_id: session_id.into(),
            potential_role_id: potential_role_id.into(),
            export_id: export_id.into(),
        }
    }

    /// Create request to provision a potential role into an actual role.
    ///
    /// This method starts a job to provision a potential role
    ///
    /// `POST /role-mining-sessions/{sessionId}/potential-roles/{potentialRoleId}/provision` (`createPotentialRoleProvisionRequest`)
    pub fn create_potential_role_provision_request(
        &self,
        session_id: impl Into<String>,
        potential_role_id: impl Into<String>,
    ) -> CreatePotentialRoleProvisionRequest<'a> {
        CreatePotentialRoleProvisionRequest {
            client: self.client,
            session_id: session_id.into(),
            potential_role_id: potential_role_id.into(),
            min_entitlement_popularity: None,
            include_common_access: None,
            role_mining_potential_role_provision_request: None,
        }
    }

    /// Retrieves excluded entitlements for a potential role in a role mining session
    ///
    /// This method returns excluded entitlements for a potential role in a role mining session.
    ///
    /// `GET /role-mining-sessions/{sessionId}/potential-roles/{potentialRoleId}/excluded-entitlements` (`getExcludedEntitlementsPotentialRole`)
    pub fn get_excluded_entitlements_potential_role(
        &self,
        session_id: impl Into<String>,
        potential_role_id: impl Into<String>,
    ) -> GetExcludedEntitlementsPotentialRole<'a> {
        GetExcludedEntitlementsPotentialRole {
            client: self.client,
            session_id: session_id.into(),
            potential_role_id: potential_role_id.into(),
            sorters: None,
            filters: None,
            offset: None,
            limit: None,
            count: None,
        }
    }

    /// Retrieves all potential role summaries
    ///
    /// Returns all potential role summaries that match the query parameters
    ///
    /// `GET /role-mining-potential-roles` (`getAllPotentialRoleSummaries`)
    pub fn get_all_potential_role_summaries(&self) -> GetAllPotentialRoleSummaries<'a> {
        GetAllPotentialRoleSummaries {
            client: self.client,
            sorters: None,
            filters: None,
            offset: None,
            limit: None,
            count: None,
        }
    }

    /// Retrieves a specific potential role
    ///
    /// This method returns a specific potential role.
    ///
    /// `GET /role-mining-potential-roles/{potentialRoleId}` (`getRoleMiningPotentialRole`)
    pub fn get_role_mining_potential_role(
        &self,
        potential_role_id: impl Into<String>,
    ) -> GetRoleMiningPotentialRole<'a> {
        GetRoleMiningPotentialRole {
            client: self.client,
            potential_role_id: potential_role_id.into(),
        }
    }

    /// Update a potential role
    ///
    /// This method updates an existing potential role.
    ///
    /// The following fields can be modified:
    ///
    /// * `description`
    ///
    /// * `name`
    ///
    /// * `saved`
    ///
    ///
    /// >**NOTE: All other fields cannot be modified.**
    ///
    /// `PATCH /role-mining-potential-roles/{potentialRoleId}` (`patchRoleMiningPotentialRole`)
    pub fn patch_role_mining_potential_role(
        &self,
        potential_role_id: impl Into<String>,
        json_patch_operation_role_mining: Vec<models::JsonPatchOperationRoleMining>,
    ) -> PatchRoleMiningPotentialRole<'a> {
        PatchRoleMiningPotentialRole {
            client: self.client,
            potential_role_id: potential_role_id.into(),
            json_patch_operation_role_mining,
        }
    }

    /// Retrieves all saved potential roles
    ///
    /// This method returns all saved potential roles (draft roles).
    ///
    /// `GET /role-mining-potential-roles/saved` (`getSavedPotentialRoles`)
    pub fn get_saved_potential_roles(&self) -> GetSavedPotentialRoles<'a> {
        GetSavedPotentialRoles {
            client: self.client,
            sorters: None,
            offset: None,
            limit: None,
            count: None,
        }
    }

    /// Retrieves potential role source usage
    ///
    /// This method returns source usageCount (as number of days in the last 90 days) for each identity in a potential role.
    ///
    /// `GET /role-mining-potential-roles/{potentialRoleId}/sources/{sourceId}/identityUsage` (`getPotentialRoleSourceIdentityUsage`)
    pub fn get_potential_role_source_identity_usage(
        &self,
        potential_role_id: impl Into<String>,
        source_id: impl Into<String>,
    ) -> GetPotentialRoleSourceIdentityUsage<'a> {
        GetPotentialRoleSourceIdentityUsage {
            client: self.client,
            potential_role_id: potential_role_id.into(),
            source_id: source_id.into(),
            sorters: None,
            offset: None,
            limit: None,
            count: None,
        }
    }
}

/// The request of [`IaiRoleMiningApi::get_role_mining_sessions`](IaiRoleMiningApi::get_role_mining_sessions): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetRoleMiningSessions<'a> {
    client: &'a crate::Client,
    filters: Option<String>,
    sorters: Option<String>,
    offset: Option<i32>,
    limit: Option<i32>,
    count: Option<bool>,
}

impl GetRoleMiningSessions<'_> {
    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **saved**: *eq*
    ///
    /// **name**: *eq, sw*
    pub fn filters(mut self, filters: impl Into<String>) -> Self {
        self.filters = Some(filters.into());
        self
    }

    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **createdBy, createdDate**
    pub fn sorters(mut self, sorters: impl Into<String>) -> Self {
        self.sorters = Some(sorters.into());
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

    /// Sends the request: `GET /role-mining-sessions`.
    pub async fn send(
        self,
    ) -> Result<Vec<models::RoleMiningSessionResponse>, crate::Error> {
        let path = "/role-mining-sessions";
        let mut request = self.client.request(reqwest::Method::GET, path);
        let mut query: Vec<(&str, String)> = Vec::new();
        if let Some(value) = &self.filters {
            query.push(("filters", value.clone()));
        }
        if let Some(value) = &self.sorters {
            query.push(("sorters", value.clone()));
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
        request = request.query(&query);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self.client.execute("getRoleMiningSessions", request).await?;
        crate::request::json("getRoleMiningSessions", response).await
    }
}

/// The request of [`IaiRoleMiningApi::create_role_mining_sessions`](IaiRoleMiningApi::create_role_mining_sessions): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateRoleMiningSessions<'a> {
    client: &'a crate::Client,
    role_mining_session_dto: models::RoleMiningSessionDto,
}

impl CreateRoleMiningSessions<'_> {
    /// Sends the request: `POST /role-mining-sessions`.
    pub async fn send(self) -> Result<models::RoleMiningSessionResponse, crate::Error> {
        let path = "/role-mining-sessions";
        let mut request = self.client.request(reqwest::Method::POST, path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        {
            let value = self.role_mining_session_dto;
            request = crate::request::with_json(
                "createRoleMiningSessions",
                request,
                "application/json",
                &value,
            )?;
        }
        let response = self.client.execute("createRoleMiningSessions", request).await?;
        crate::request::json("createRoleMiningSessions", response).await
    }
}

/// The request of [`IaiRoleMiningApi::get_role_mining_session`](IaiRoleMiningApi::get_role_mining_session): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetRoleMiningSession<'a> {
    client: &'a crate::Client,
    session_id: String,
}

impl GetRoleMiningSession<'_> {
    /// Sends the request: `GET /role-mining-sessions/{sessionId}`.
    pub async fn send(self) -> Result<models::RoleMiningSessionResponse, crate::Error> {
        let path = [
            "/role-mining-sessions/",
            &crate::request::path_segment(&self.session_id),
        ]
            .concat();
        let mut request = self.client.request(reqwest::Method::GET, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self.client.execute("getRoleMiningSession", request).await?;
        crate::request::json("getRoleMiningSession", response).await
    }
}

/// The request of [`IaiRoleMiningApi::patch_role_mining_session`](IaiRoleMiningApi::patch_role_mining_session): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PatchRoleMiningSession<'a> {
    client: &'a crate::Client,
    session_id: String,
    json_patch_operation: Vec<models::JsonPatchOperation>,
}

impl PatchRoleMiningSession<'_> {
    /// Sends the request: `PATCH /role-mining-sessions/{sessionId}`.
    pub async fn send(
        self,
    ) -> Result<serde_json::Map<String, serde_json::Value>, crate::Error> {
        let path = [
            "/role-mining-sessions/",
            &crate::request::path_segment(&self.session_id),
        ]
            .concat();
        let mut request = self.client.request(reqwest::Method::PATCH, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        {
            let value = self.json_patch_operation;
            request = crate::request::with_json(
                "patchRoleMiningSession",
                request,
                "application/json-patch+json",
                &value,
            )?;
        }
        let response = self.client.execute("patchRoleMiningSession", request).await?;
        crate::request::json("patchRoleMiningSession", response).await
    }
}

/// The request of [`IaiRoleMiningApi::get_role_mining_session_status`](IaiRoleMiningApi::get_role_mining_session_status): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetRoleMiningSessionStatus<'a> {
    client: &'a crate::Client,
    session_id: String,
}

impl GetRoleMiningSessionStatus<'_> {
    /// Sends the request: `GET /role-mining-sessions/{sessionId}/status`.
    pub async fn send(self) -> Result<models::RoleMiningSessionStatus, crate::Error> {
        let path = [
            "/role-mining-sessions/",
            &crate::request::path_segment(&self.session_id),
            "/status",
        ]
            .concat();
        let mut request = self.client.request(reqwest::Method::GET, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self.client.execute("getRoleMiningSessionStatus", request).await?;
        crate::request::json("getRoleMiningSessionStatus", response).await
    }
}

/// The request of [`IaiRoleMiningApi::get_potential_role_summaries`](IaiRoleMiningApi::get_potential_role_summaries): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetPotentialRoleSummaries<'a> {
    client: &'a crate::Client,
    session_id: String,
    sorters: Option<String>,
    filters: Option<String>,
    offset: Option<i32>,
    limit: Option<i32>,
    count: Option<bool>,
}

impl GetPotentialRoleSummaries<'_> {
    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **createdDate**
    pub fn sorters(mut self, sorters: impl Into<String>) -> Self {
        self.sorters = Some(sorters.into());
        self
    }

    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **createdById**: *eq, sw, co*
    ///
    /// **createdByName**: *eq, sw, co*
    ///
    /// **description**: *sw, co*
    ///
    /// **endDate**: *le, lt*
    ///
    /// **freshness**: *eq, ge, gt, le, lt*
    ///
    /// **name**: *eq, sw, co*
    ///
    /// **quality**: *eq, ge, gt, le, lt*
    ///
    /// **startDate**: *ge, gt*
    ///
    /// **saved**: *eq*
    ///
    /// **type**: *eq*
    pub fn filters(mut self, filters: impl Into<String>) -> Self {
        self.filters = Some(filters.into());
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

    /// Sends the request: `GET /role-mining-sessions/{sessionId}/potential-role-summaries`.
    pub async fn send(
        self,
    ) -> Result<Vec<models::RoleMiningPotentialRoleSummary>, crate::Error> {
        let path = [
            "/role-mining-sessions/",
            &crate::request::path_segment(&self.session_id),
            "/potential-role-summaries",
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
        if let Some(value) = &self.offset {
            query.push(("offset", value.to_string()));
        }
        if let Some(value) = &self.limit {
            query.push(("limit", value.to_string()));
        }
        if let Some(value) = &self.count {
            query.push(("count", value.to_string()));
        }
        request = request.query(&query);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self.client.execute("getPotentialRoleSummaries", request).await?;
        crate::request::json("getPotentialRoleSummaries", response).await
    }
}

/// The request of [`IaiRoleMiningApi::get_potential_role`](IaiRoleMiningApi::get_potential_role): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetPotentialRole<'a> {
    client: &'a crate::Client,
    session_id: String,
    potential_role_id: String,
}

impl GetPotentialRole<'_> {
    /// Sends the request: `GET /role-mining-sessions/{sessionId}/potential-role-summaries/{potentialRoleId}`.
    pub async fn send(self) -> Result<models::RoleMiningPotentialRole, crate::Error> {
        let path = [
            "/role-mining-sessions/",
            &crate::request::path_segment(&self.session_id),
            "/potential-role-summaries/",
            &crate::request::path_segment(&self.potential_role_id),
        ]
            .concat();
        let mut request = self.client.request(reqwest::Method::GET, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self.client.execute("getPotentialRole", request).await?;
        crate::request::json("getPotentialRole", response).await
    }
}

/// The request of [`IaiRoleMiningApi::patch_potential_role_session`](IaiRoleMiningApi::patch_potential_role_session): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PatchPotentialRoleSession<'a> {
    client: &'a crate::Client,
    session_id: String,
    potential_role_id: String,
    json_patch_operation_role_mining: Vec<models::JsonPatchOperationRoleMining>,
}

impl PatchPotentialRoleSession<'_> {
    /// Sends the request: `PATCH /role-mining-sessions/{sessionId}/potential-role-summaries/{potentialRoleId}`.
    pub async fn send(
        self,
    ) -> Result<serde_json::Map<String, serde_json::Value>, crate::Error> {
        let path = [
            "/role-mining-sessions/",
            &crate::request::path_segment(&self.session_id),
            "/potential-role-summaries/",
            &crate::request::path_segment(&self.potential_role_id),
        ]
            .concat();
        let mut request = self.client.request(reqwest::Method::PATCH, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        {
            let value = self.json_patch_operation_role_mining;
            request = crate::request::with_json(
                "patchPotentialRoleSession",
                request,
                "application/json-patch+json",
                &value,
            )?;
        }
        let response = self.client.execute("patchPotentialRoleSession", request).await?;
        crate::request::json("patchPotentialRoleSession", response).await
    }
}

/// The request of [`IaiRoleMiningApi::get_potential_role_applications`](IaiRoleMiningApi::get_potential_role_applications): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetPotentialRoleApplications<'a> {
    client: &'a crate::Client,
    session_id: String,
    potential_role_id: String,
    filters: Option<String>,
    offset: Option<i32>,
    limit: Option<i32>,
    count: Option<bool>,
}

impl GetPotentialRoleApplications<'_> {
    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **applicationName**: *sw*
    pub fn filters(mut self, filters: impl Into<String>) -> Self {
        self.filters = Some(filters.into());
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

    /// Sends the request: `GET /role-mining-sessions/{sessionId}/potential-role-summaries/{potentialRoleId}/applications`.
    pub async fn send(
        self,
    ) -> Result<Vec<models::RoleMiningPotentialRoleApplication>, crate::Error> {
        let path = [
            "/role-mining-sessions/",
            &crate::request::path_segment(&self.session_id),
            "/potential-role-summaries/",
            &crate::request::path_segment(&self.potential_role_id),
            "/applications",
        ]
            .concat();
        let mut request = self.client.request(reqwest::Method::GET, &path);
        let mut query: Vec<(&str, String)> = Vec::new();
        if let Some(value) = &self.filters {
            query.push(("filters", value.clone()));
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
        request = request.query(&query);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self
            .client
            .execute("getPotentialRoleApplications", request)
            .await?;
        crate::request::json("getPotentialRoleApplications", response).await
    }
}

/// The request of [`IaiRoleMiningApi::get_potential_role_entitlements`](IaiRoleMiningApi::get_potential_role_entitlements): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetPotentialRoleEntitlements<'a> {
    client: &'a crate::Client,
    session_id: String,
    potential_role_id: String,
    filters: Option<String>,
    offset: Option<i32>,
    limit: Option<i32>,
    count: Option<bool>,
}

impl GetPotentialRoleEntitlements<'_> {
    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **entitlementRef.name**: *sw*
    pub fn filters(mut self, filters: impl Into<String>) -> Self {
        self.filters = Some(filters.into());
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

    /// Sends the request: `GET /role-mining-sessions/{sessionId}/potential-role-summaries/{potentialRoleId}/entitlements`.
    pub async fn send(
        self,
    ) -> Result<Vec<models::RoleMiningPotentialRoleEntitlements>, crate::Error> {
        let path = [
            "/role-mining-sessions/",
            &crate::request::path_segment(&self.session_id),
            "/potential-role-summaries/",
            &crate::request::path_segment(&self.potential_role_id),
            "/entitlements",
        ]
            .concat();
        let mut request = self.client.request(reqwest::Method::GET, &path);
        let mut query: Vec<(&str, String)> = Vec::new();
        if let Some(value) = &self.filters {
            query.push(("filters", value.clone()));
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
        request = request.query(&query);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self
            .client
            .execute("getPotentialRoleEntitlements", request)
            .await?;
        crate::request::json("getPotentialRoleEntitlements", response).await
    }
}

/// The request of [`IaiRoleMiningApi::get_entitlements_potential_role`](IaiRoleMiningApi::get_entitlements_potential_role): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetEntitlementsPotentialRole<'a> {
    client: &'a crate::Client,
    session_id: String,
    potential_role_id: String,
    include_common_access: Option<bool>,
    sorters: Option<String>,
    filters: Option<String>,
    offset: Option<i32>,
    limit: Option<i32>,
    count: Option<bool>,
}

impl GetEntitlementsPotentialRole<'_> {
    /// Boolean determining whether common access entitlements will be included or not
    ///
    /// The server's default: `true`.
    pub fn include_common_access(mut self, include_common_access: bool) -> Self {
        self.include_common_access = Some(include_common_access);
        self
    }

    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **popularity, entitlementName, applicationName**
    ///
    /// The default sort is **popularity** in descending order.
    pub fn sorters(mut self, sorters: impl Into<String>) -> Self {
        self.sorters = Some(sorters.into());
        self
    }

    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **applicationName**: *sw*
    ///
    /// **entitlementRef.name**: *sw*
    pub fn filters(mut self, filters: impl Into<String>) -> Self {
        self.filters = Some(filters.into());
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

    /// Sends the request: `GET /role-mining-sessions/{sessionId}/potential-roles/{potentialRoleId}/entitlement-popularities`.
    pub async fn send(self) -> Result<Vec<models::RoleMiningEntitlement>, crate::Error> {
        let path = [
            "/role-mining-sessions/",
            &crate::request::path_segment(&self.session_id),
            "/potential-roles/",
            &crate::request::path_segment(&self.potential_role_id),
            "/entitlement-popularities",
        ]
            .concat();
        let mut request = self.client.request(reqwest::Method::GET, &path);
        let mut query: Vec<(&str, String)> = Vec::new();
        if let Some(value) = &self.include_common_access {
            query.push(("includeCommonAccess", value.to_string()));
        }
        if let Some(value) = &self.sorters {
            query.push(("sorters", value.clone()));
        }
        if let Some(value) = &self.filters {
            query.push(("filters", value.clone()));
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
        request = request.query(&query);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self
            .client
            .execute("getEntitlementsPotentialRole", request)
            .await?;
        crate::request::json("getEntitlementsPotentialRole", response).await
    }
}

/// The request of [`IaiRoleMiningApi::get_entitlement_distribution_potential_role`](IaiRoleMiningApi::get_entitlement_distribution_potential_role): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetEntitlementDistributionPotentialRole<'a> {
    client: &'a crate::Client,
    session_id: String,
    potential_role_id: String,
    include_common_access: Option<bool>,
}

impl GetEntitlementDistributionPotentialRole<'_> {
    /// Boolean determining whether common access entitlements will be included or not
    pub fn include_common_access(mut self, include_common_access: bool) -> Self {
        self.include_common_access = Some(include_common_access);
        self
    }

    /// Sends the request: `GET /role-mining-sessions/{sessionId}/potential-roles/{potentialRoleId}/entitlement-popularity-distribution`.
    pub async fn send(
        self,
    ) -> Result<std::collections::BTreeMap<String, i64>, crate::Error> {
        let path = [
            "/role-mining-sessions/",
            &crate::request::path_segment(&self.session_id),
            "/potential-roles/",
            &crate::request::path_segment(&self.potential_role_id),
            "/entitlement-popularity-distribution",
        ]
            .concat();
        let mut request = self.client.request(reqwest::Method::GET, &path);
        let mut query: Vec<(&str, String)> = Vec::new();
        if let Some(value) = &self.include_common_access {
            query.push(("includeCommonAccess", value.to_string()));
        }
        request = request.query(&query);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self
            .client
            .execute("getEntitlementDistributionPotentialRole", request)
            .await?;
        crate::request::json("getEntitlementDistributionPotentialRole", response).await
    }
}

/// The request of [`IaiRoleMiningApi::update_entitlements_potential_role`](IaiRoleMiningApi::update_entitlements_potential_role): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateEntitlementsPotentialRole<'a> {
    client: &'a crate::Client,
    session_id: String,
    potential_role_id: String,
    role_mining_potential_role_edit_entitlements: models::RoleMiningPotentialRoleEditEntitlements,
}

impl UpdateEntitlementsPotentialRole<'_> {
    /// Sends the request: `POST /role-mining-sessions/{sessionId}/potential-roles/{potentialRoleId}/edit-entitlements`.
    pub async fn send(self) -> Result<models::RoleMiningPotentialRole, crate::Error> {
        let path = [
            "/role-mining-sessions/",
            &crate::request::path_segment(&self.session_id),
            "/potential-roles/",
            &crate::request::path_segment(&self.potential_role_id),
            "/edit-entitlements",
        ]
            .concat();
        let mut request = self.client.request(reqwest::Method::POST, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        {
            let value = self.role_mining_potential_role_edit_entitlements;
            request = crate::request::with_json(
                "updateEntitlementsPotentialRole",
                request,
                "application/json",
                &value,
            )?;
        }
        let response = self
            .client
            .execute("updateEntitlementsPotentialRole", request)
            .await?;
        crate::request::json("updateEntitlementsPotentialRole", response).await
    }
}

/// The request of [`IaiRoleMiningApi::get_identities_potential_role`](IaiRoleMiningApi::get_identities_potential_role): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetIdentitiesPotentialRole<'a> {
    client: &'a crate::Client,
    session_id: String,
    potential_role_id: String,
    sorters: Option<String>,
    filters: Option<String>,
    offset: Option<i32>,
    limit: Option<i32>,
    count: Option<bool>,
}

impl GetIdentitiesPotentialRole<'_> {
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

    /// Sends the request: `GET /role-mining-sessions/{sessionId}/potential-roles/{potentialRoleId}/identities`.
    pub async fn send(self) -> Result<Vec<models::RoleMiningIdentity>, crate::Error> {
        let path = [
            "/role-mining-sessions/",
            &crate::request::path_segment(&self.session_id),
            "/potential-roles/",
            &crate::request::path_segment(&self.potential_role_id),
            "/identities",
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
        if let Some(value) = &self.offset {
            query.push(("offset", value.to_string()));
        }
        if let Some(value) = &self.limit {
            query.push(("limit", value.to_string()));
        }
        if let Some(value) = &self.count {
            query.push(("count", value.to_string()));
        }
        request = request.query(&query);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self.client.execute("getIdentitiesPotentialRole", request).await?;
        crate::request::json("getIdentitiesPotentialRole", response).await
    }
}

/// The request of [`IaiRoleMiningApi::export_role_mining_potential_role`](IaiRoleMiningApi::export_role_mining_potential_role): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ExportRoleMiningPotentialRole<'a> {
    client: &'a crate::Client,
    session_id: String,
    potential_role_id: String,
}

impl ExportRoleMiningPotentialRole<'_> {
    /// Sends the request: `GET /role-mining-sessions/{sessionId}/potential-roles/{potentialRoleId}/export`.
    pub async fn send(self) -> Result<Vec<u8>, crate::Error> {
        let path = [
            "/role-mining-sessions/",
            &crate::request::path_segment(&self.session_id),
            "/potential-roles/",
            &crate::request::path_segment(&self.potential_role_id),
            "/export",
        ]
            .concat();
        let mut request = self.client.request(reqwest::Method::GET, &path);
        request = request.header(reqwest::header::ACCEPT, "application/zip");
        let response = self
            .client
            .execute("exportRoleMiningPotentialRole", request)
            .await?;
        crate::request::bytes("exportRoleMiningPotentialRole", response).await
    }
}

/// The request of [`IaiRoleMiningApi::export_role_mining_potential_role_async`](IaiRoleMiningApi::export_role_mining_potential_role_async): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ExportRoleMiningPotentialRoleAsync<'a> {
    client: &'a crate::Client,
    session_id: String,
    potential_role_id: String,
    role_mining_potential_role_export_request: Option<
        models::RoleMiningPotentialRoleExportRequest,
    >,
}

impl ExportRoleMiningPotentialRoleAsync<'_> {
    /// The request body.
    pub fn role_mining_potential_role_export_request(
        mut self,
        role_mining_potential_role_export_request: models::RoleMiningPotentialRoleExportRequest,
    ) -> Self {
        self.role_mining_potential_role_export_request = Some(
            role_mining_potential_role_export_request,
        );
        self
    }

    /// Sends the request: `POST /role-mining-sessions/{sessionId}/potential-roles/{potentialRoleId}/export-async`.
    pub async fn send(
        self,
    ) -> Result<models::RoleMiningPotentialRoleExportResponse, crate::Error> {
        let path = [
            "/role-mining-sessions/",
            &crate::request::path_segment(&self.session_id),
            "/potential-roles/",
            &crate::request::path_segment(&self.potential_role_id),
            "/export-async",
        ]
            .concat();
        let mut request = self.client.request(reqwest::Method::POST, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        if let Some(value) = self.role_mining_potential_role_export_request {
            request = crate::request::with_json(
                "exportRoleMiningPotentialRoleAsync",
                request,
                "application/json",
                &value,
            )?;
        }
        let response = self
            .client
            .execute("exportRoleMiningPotentialRoleAsync", request)
            .await?;
        crate::request::json("exportRoleMiningPotentialRoleAsync", response).await
    }
}

/// The request of [`IaiRoleMiningApi::export_role_mining_potential_role_status`](IaiRoleMiningApi::export_role_mining_potential_role_status): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ExportRoleMiningPotentialRoleStatus<'a> {
    client: &'a crate::Client,
    session_id: String,
    potential_role_id: String,
    export_id: String,
}

impl ExportRoleMiningPotentialRoleStatus<'_> {
    /// Sends the request: `GET /role-mining-sessions/{sessionId}/potential-roles/{potentialRoleId}/export-async/{exportId}`.
    pub async fn send(
        self,
    ) -> Result<models::RoleMiningPotentialRoleExportResponse, crate::Error> {
        let path = [
            "/role-mining-sessions/",
            &crate::request::path_segment(&self.session_id),
            "/potential-roles/",
            &crate::request::path_segment(&self.potential_role_id),
            "/export-async/",
            &crate::request::path_segment(&self.export_id),
        ]
            .concat();
        let mut request = self.client.request(reqwest::Method::GET, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self
            .client
            .execute("exportRoleMiningPotentialRoleStatus", request)
            .await?;
        crate::request::json("exportRoleMiningPotentialRoleStatus", response).await
    }
}

/// The request of [`IaiRoleMiningApi::download_role_mining_potential_role_zip`](IaiRoleMiningApi::download_role_mining_potential_role_zip): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DownloadRoleMiningPotentialRoleZip<'a> {
    client: &'a crate::Client,
    session_id: String,
    potential_role_id: String,
    export_id: String,
}

impl DownloadRoleMiningPotentialRoleZip<'_> {
    /// Sends the request: `GET /role-mining-sessions/{sessionId}/potential-roles/{potentialRoleId}/export-async/{exportId}/download`.
    pub async fn send(self) -> Result<Vec<u8>, crate::Error> {
        let path = [
            "/role-mining-sessions/",
            &crate::request::path_segment(&self.session_id),
            "/potential-roles/",
            &crate::request::path_segment(&self.potential_role_id),
            "/export-async/",
            &crate::request::path_segment(&self.export_id),
            "/download",
        ]
            .concat();
        let mut request = self.client.request(reqwest::Method::GET, &path);
        request = request.header(reqwest::header::ACCEPT, "application/zip");
        let response = self
            .client
            .execute("downloadRoleMiningPotentialRoleZip", request)
            .await?;
        crate::request::bytes("downloadRoleMiningPotentialRoleZip", response).await
    }
}

/// The request of [`IaiRoleMiningApi::create_potential_role_provision_request`](IaiRoleMiningApi::create_potential_role_provision_request): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreatePotentialRoleProvisionRequest<'a> {
    client: &'a crate::Client,
    session_id: String,
    potential_role_id: String,
    min_entitlement_popularity: Option<i64>,
    include_common_access: Option<bool>,
    role_mining_potential_role_provision_request: Option<
        models::RoleMiningPotentialRoleProvisionRequest,
    >,
}

impl CreatePotentialRoleProvisionRequest<'_> {
    /// Minimum popularity required for an entitlement to be included in the provisioned role.
    ///
    /// The server's default: `0`.
    pub fn min_entitlement_popularity(
        mut self,
        min_entitlement_popularity: i64,
    ) -> Self {
        self.min_entitlement_popularity = Some(min_entitlement_popularity);
        self
    }

    /// Boolean determining whether common access entitlements will be included in the provisioned role.
    ///
    /// The server's default: `true`.
    pub fn include_common_access(mut self, include_common_access: bool) -> Self {
        self.include_common_access = Some(include_common_access);
        self
    }

    /// Required information to create a new role
    pub fn role_mining_potential_role_provision_request(
        mut self,
        role_mining_potential_role_provision_request: models::RoleMiningPotentialRoleProvisionRequest,
    ) -> Self {
        self.role_mining_potential_role_provision_request = Some(
            role_mining_potential_role_provision_request,
        );
        self
    }

    /// Sends the request: `POST /role-mining-sessions/{sessionId}/potential-roles/{potentialRoleId}/provision`.
    pub async fn send(
        self,
    ) -> Result<models::RoleMiningPotentialRoleSummary, crate::Error> {
        let path = [
            "/role-mining-sessions/",
            &crate::request::path_segment(&self.session_id),
            "/potential-roles/",
            &crate::request::path_segment(&self.potential_role_id),
            "/provision",
        ]
            .concat();
        let mut request = self.client.request(reqwest::Method::POST, &path);
        let mut query: Vec<(&str, String)> = Vec::new();
        if let Some(value) = &self.min_entitlement_popularity {
            query.push(("min-entitlement-popularity", value.to_string()));
        }
        if let Some(value) = &self.include_common_access {
            query.push(("include-common-access", value.to_string()));
        }
        request = request.query(&query);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        if let Some(value) = self.role_mining_potential_role_provision_request {
            request = crate::request::with_json(
                "createPotentialRoleProvisionRequest",
                request,
                "application/json",
                &value,
            )?;
        }
        let response = self
            .client
            .execute("createPotentialRoleProvisionRequest", request)
            .await?;
        crate::request::json("createPotentialRoleProvisionRequest", response).await
    }
}

/// The request of [`IaiRoleMiningApi::get_excluded_entitlements_potential_role`](IaiRoleMiningApi::get_excluded_entitlements_potential_role): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetExcludedEntitlementsPotentialRole<'a> {
    client: &'a crate::Client,
    session_id: String,
    potential_role_id: String,
    sorters: Option<String>,
    filters: Option<String>,
    offset: Option<i32>,
    limit: Option<i32>,
    count: Option<bool>,
}

impl GetExcludedEntitlementsPotentialRole<'_> {
    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **popularity**
    pub fn sorters(mut self, sorters: impl Into<String>) -> Self {
        self.sorters = Some(sorters.into());
        self
    }

    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **applicationName**: *sw*
    ///
    /// **entitlementRef.name**: *sw*
    pub fn filters(mut self, filters: impl Into<String>) -> Self {
        self.filters = Some(filters.into());
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

    /// Sends the request: `GET /role-mining-sessions/{sessionId}/potential-roles/{potentialRoleId}/excluded-entitlements`.
    pub async fn send(self) -> Result<Vec<models::RoleMiningEntitlement>, crate::Error> {
        let path = [
            "/role-mining-sessions/",
            &crate::request::path_segment(&self.session_id),
            "/potential-roles/",
            &crate::request::path_segment(&self.potential_role_id),
            "/excluded-entitlements",
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
        if let Some(value) = &self.offset {
            query.push(("offset", value.to_string()));
        }
        if let Some(value) = &self.limit {
            query.push(("limit", value.to_string()));
        }
        if let Some(value) = &self.count {
            query.push(("count", value.to_string()));
        }
        request = request.query(&query);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self
            .client
            .execute("getExcludedEntitlementsPotentialRole", request)
            .await?;
        crate::request::json("getExcludedEntitlementsPotentialRole", response).await
    }
}

/// The request of [`IaiRoleMiningApi::get_all_potential_role_summaries`](IaiRoleMiningApi::get_all_potential_role_summaries): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetAllPotentialRoleSummaries<'a> {
    client: &'a crate::Client,
    sorters: Option<String>,
    filters: Option<String>,
    offset: Option<i32>,
    limit: Option<i32>,
    count: Option<bool>,
}

impl GetAllPotentialRoleSummaries<'_> {
    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **createdDate, identityCount, entitlementCount, freshness, quality**
    pub fn sorters(mut self, sorters: impl Into<String>) -> Self {
        self.sorters = Some(sorters.into());
        self
    }

    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **createdById**: *eq, sw, co*
    ///
    /// **createdByName**: *eq, sw, co*
    ///
    /// **description**: *sw, co*
    ///
    /// **endDate**: *le, lt*
    ///
    /// **freshness**: *eq, ge, gt, le, lt*
    ///
    /// **name**: *eq, sw, co, ge, gt, le, lt*
    ///
    /// **quality**: *eq, ge, gt, le, lt*
    ///
    /// **startDate**: *ge, gt*
    ///
    /// **saved**: *eq*
    ///
    /// **type**: *eq, ge, gt, le, lt*
    ///
    /// **scopingMethod**: *eq*
    ///
    /// **sessionState**: *eq*
    ///
    /// **identityAttribute**: *co*
    pub fn filters(mut self, filters: impl Into<String>) -> Self {
        self.filters = Some(filters.into());
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

    /// Sends the request: `GET /role-mining-potential-roles`.
    pub async fn send(
        self,
    ) -> Result<Vec<models::RoleMiningPotentialRoleSummary>, crate::Error> {
        let path = "/role-mining-potential-roles";
        let mut request = self.client.request(reqwest::Method::GET, path);
        let mut query: Vec<(&str, String)> = Vec::new();
        if let Some(value) = &self.sorters {
            query.push(("sorters", value.clone()));
        }
        if let Some(value) = &self.filters {
            query.push(("filters", value.clone()));
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
        request = request.query(&query);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self
            .client
            .execute("getAllPotentialRoleSummaries", request)
            .await?;
        crate::request::json("getAllPotentialRoleSummaries", response).await
    }
}

/// The request of [`IaiRoleMiningApi::get_role_mining_potential_role`](IaiRoleMiningApi::get_role_mining_potential_role): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetRoleMiningPotentialRole<'a> {
    client: &'a crate::Client,
    potential_role_id: String,
}

impl GetRoleMiningPotentialRole<'_> {
    /// Sends the request: `GET /role-mining-potential-roles/{potentialRoleId}`.
    pub async fn send(self) -> Result<models::RoleMiningPotentialRole, crate::Error> {
        let path = [
            "/role-mining-potential-roles/",
            &crate::request::path_segment(&self.potential_role_id),
        ]
            .concat();
        let mut request = self.client.request(reqwest::Method::GET, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self.client.execute("getRoleMiningPotentialRole", request).await?;
        crate::request::json("getRoleMiningPotentialRole", response).await
    }
}

/// The request of [`IaiRoleMiningApi::patch_role_mining_potential_role`](IaiRoleMiningApi::patch_role_mining_potential_role): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PatchRoleMiningPotentialRole<'a> {
    client: &'a crate::Client,
    potential_role_id: String,
    json_patch_operation_role_mining: Vec<models::JsonPatchOperationRoleMining>,
}

impl PatchRoleMiningPotentialRole<'_> {
    /// Sends the request: `PATCH /role-mining-potential-roles/{potentialRoleId}`.
    pub async fn send(
        self,
    ) -> Result<serde_json::Map<String, serde_json::Value>, crate::Error> {
        let path = [
            "/role-mining-potential-roles/",
            &crate::request::path_segment(&self.potential_role_id),
        ]
            .concat();
        let mut request = self.client.request(reqwest::Method::PATCH, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        {
            let value = self.json_patch_operation_role_mining;
            request = crate::request::with_json(
                "patchRoleMiningPotentialRole",
                request,
                "application/json-patch+json",
                &value,
            )?;
        }
        let response = self
            .client
            .execute("patchRoleMiningPotentialRole", request)
            .await?;
        crate::request::json("patchRoleMiningPotentialRole", response).await
    }
}

/// The request of [`IaiRoleMiningApi::get_saved_potential_roles`](IaiRoleMiningApi::get_saved_potential_roles): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetSavedPotentialRoles<'a> {
    client: &'a crate::Client,
    sorters: Option<String>,
    offset: Option<i32>,
    limit: Option<i32>,
    count: Option<bool>,
}

impl GetSavedPotentialRoles<'_> {
    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters/) Sorting is supported for the following fields: **modified**
    pub fn sorters(mut self, sorters: impl Into<String>) -> Self {
        self.sorters = Some(sorters.into());
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

    /// Sends the request: `GET /role-mining-potential-roles/saved`.
    pub async fn send(
        self,
    ) -> Result<Vec<models::RoleMiningSessionDraftRoleDto>, crate::Error> {
        let path = "/role-mining-potential-roles/saved";
        let mut request = self.client.request(reqwest::Method::GET, path);
        let mut query: Vec<(&str, String)> = Vec::new();
        if let Some(value) = &self.sorters {
            query.push(("sorters", value.clone()));
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
        request = request.query(&query);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self.client.execute("getSavedPotentialRoles", request).await?;
        crate::request::json("getSavedPotentialRoles", response).await
    }
}

/// The request of [`IaiRoleMiningApi::get_potential_role_source_identity_usage`](IaiRoleMiningApi::get_potential_role_source_identity_usage): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetPotentialRoleSourceIdentityUsage<'a> {
    client: &'a crate::Client,
    potential_role_id: String,
    source_id: String,
    sorters: Option<String>,
    offset: Option<i32>,
    limit: Option<i32>,
    count: Option<bool>,
}

impl GetPotentialRoleSourceIdentityUsage<'_> {
    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters/) Sorting is supported for the following fields: **displayName, email, usageCount**
    pub fn sorters(mut self, sorters: impl Into<String>) -> Self {
        self.sorters = Some(sorters.into());
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

    /// Sends the request: `GET /role-mining-potential-roles/{potentialRoleId}/sources/{sourceId}/identityUsage`.
    pub async fn send(
        self,
    ) -> Result<Vec<models::RoleMiningPotentialRoleSourceUsage>, crate::Error> {
        let path = [
            "/role-mining-potential-roles/",
            &crate::request::path_segment(&self.potential_role_id),
            "/sources/",
            &crate::request::path_segment(&self.source_id),
            "/identityUsage",
        ]
            .concat();
        let mut request = self.client.request(reqwest::Method::GET, &path);
        let mut query: Vec<(&str, String)> = Vec::new();
        if let Some(value) = &self.sorters {
            query.push(("sorters", value.clone()));
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
        request = request.query(&query);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self
            .client
            .execute("getPotentialRoleSourceIdentityUsage", request)
            .await?;
        crate::request::json("getPotentialRoleSourceIdentityUsage", response).await
    }
}
