//! The IAI Role Mining API.

use crate::models;

/// The IAI Role Mining operations: get them from [`Client::iai_role_mining`](crate::Client::iai_role_mining).
#[derive(Debug, Clone, Copy)]
pub struct IaiRoleMiningApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The IAI Role Mining operations.
    #[inline]
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
    #[inline]
    pub fn get_role_mining_sessions(&self) -> GetRoleMiningSessions {
        GetRoleMiningSessions {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            filters: None,
            sorters: None,
            offset: None,
            limit: None,
            count: None,
            listing: crate::pagination::Listing::default(),
        }
    }

    /// Create a role mining session
    ///
    /// This submits a create role mining session request to the role mining application.
    ///
    /// `POST /role-mining-sessions` (`createRoleMiningSessions`)
    #[inline]
    pub fn create_role_mining_sessions(
        &self,
        role_mining_session_dto: models::RoleMiningSessionDto,
    ) -> CreateRoleMiningSessions {
        CreateRoleMiningSessions {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            role_mining_session_dto,
        }
    }

    /// Get a role mining session
    ///
    /// The method retrieves a role mining session.
    ///
    /// `GET /role-mining-sessions/{sessionId}` (`getRoleMiningSession`)
    #[inline]
    pub fn get_role_mining_session(
        &self,
        session_id: impl Into<String>,
    ) -> GetRoleMiningSession {
        GetRoleMiningSession {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            session_id: session_id.into(),
        }
    }

    /// Patch a role mining session
    ///
    /// The  method updates an existing role mining session using PATCH. Supports op in {"replace"} and changes to pruneThreshold and/or minNumIdentitiesInPotentialRole. The potential roles in this role mining session is then re-calculated.
    ///
    /// `PATCH /role-mining-sessions/{sessionId}` (`patchRoleMiningSession`)
    #[inline]
    pub fn patch_role_mining_session(
        &self,
        session_id: impl Into<String>,
        json_patch_operation: Vec<models::JsonPatchOperation>,
    ) -> PatchRoleMiningSession {
        PatchRoleMiningSession {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            session_id: session_id.into(),
            json_patch_operation,
        }
    }

    /// Get role mining session status state
    ///
    /// This method returns a role mining session status for a customer.
    ///
    /// `GET /role-mining-sessions/{sessionId}/status` (`getRoleMiningSessionStatus`)
    #[inline]
    pub fn get_role_mining_session_status(
        &self,
        session_id: impl Into<String>,
    ) -> GetRoleMiningSessionStatus {
        GetRoleMiningSessionStatus {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            session_id: session_id.into(),
        }
    }

    /// Retrieve session's potential role summaries
    ///
    /// This method returns the potential role summaries for a role mining session.
    ///
    /// `GET /role-mining-sessions/{sessionId}/potential-role-summaries` (`getPotentialRoleSummaries`)
    #[inline]
    pub fn get_potential_role_summaries(
        &self,
        session_id: impl Into<String>,
    ) -> GetPotentialRoleSummaries {
        GetPotentialRoleSummaries {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            session_id: session_id.into(),
            sorters: None,
            filters: None,
            offset: None,
            limit: None,
            count: None,
            listing: crate::pagination::Listing::default(),
        }
    }

    /// Retrieve potential role in session
    ///
    /// This method returns a specific potential role for a role mining session.
    ///
    /// `GET /role-mining-sessions/{sessionId}/potential-role-summaries/{potentialRoleId}` (`getPotentialRole`)
    #[inline]
    pub fn get_potential_role(
        &self,
        session_id: impl Into<String>,
        potential_role_id: impl Into<String>,
    ) -> GetPotentialRole {
        GetPotentialRole {
            client: self.client.clone(),
            options: crate::request::Options::default(),
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
    #[inline]
    pub fn patch_potential_role_session(
        &self,
        session_id: impl Into<String>,
        potential_role_id: impl Into<String>,
        json_patch_operation_role_mining: Vec<models::JsonPatchOperationRoleMining>,
    ) -> PatchPotentialRoleSession {
        PatchPotentialRoleSession {
            client: self.client.clone(),
            options: crate::request::Options::default(),
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
    #[inline]
    pub fn get_potential_role_applications(
        &self,
        session_id: impl Into<String>,
        potential_role_id: impl Into<String>,
    ) -> GetPotentialRoleApplications {
        GetPotentialRoleApplications {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            session_id: session_id.into(),
            potential_role_id: potential_role_id.into(),
            filters: None,
            offset: None,
            limit: None,
            count: None,
            listing: crate::pagination::Listing::default(),
        }
    }

    /// Retrieves the entitlements of a potential role for a role mining session
    ///
    /// This method returns the entitlements of a potential role for a role mining session.
    ///
    /// `GET /role-mining-sessions/{sessionId}/potential-role-summaries/{potentialRoleId}/entitlements` (`getPotentialRoleEntitlements`)
    #[inline]
    pub fn get_potential_role_entitlements(
        &self,
        session_id: impl Into<String>,
        potential_role_id: impl Into<String>,
    ) -> GetPotentialRoleEntitlements {
        GetPotentialRoleEntitlements {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            session_id: session_id.into(),
            potential_role_id: potential_role_id.into(),
            filters: None,
            offset: None,
            limit: None,
            count: None,
            listing: crate::pagination::Listing::default(),
        }
    }

    /// Retrieves entitlements for a potential role in a role mining session
    ///
    /// This method returns entitlements for a potential role in a role mining session.
    ///
    /// `GET /role-mining-sessions/{sessionId}/potential-roles/{potentialRoleId}/entitlement-popularities` (`getEntitlementsPotentialRole`)
    #[inline]
    pub fn get_entitlements_potential_role(
        &self,
        session_id: impl Into<String>,
        potential_role_id: impl Into<String>,
    ) -> GetEntitlementsPotentialRole {
        GetEntitlementsPotentialRole {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            session_id: session_id.into(),
            potential_role_id: potential_role_id.into(),
            include_common_access: None,
            sorters: None,
            filters: None,
            offset: None,
            limit: None,
            count: None,
            listing: crate::pagination::Listing::default(),
        }
    }

    /// Retrieves entitlement popularity distribution for a potential role in a role mining session
    ///
    /// This method returns entitlement popularity distribution for a potential role in a role mining session.
    ///
    /// `GET /role-mining-sessions/{sessionId}/potential-roles/{potentialRoleId}/entitlement-popularity-distribution` (`getEntitlementDistributionPotentialRole`)
    #[inline]
    pub fn get_entitlement_distribution_potential_role(
        &self,
        session_id: impl Into<String>,
        potential_role_id: impl Into<String>,
    ) -> GetEntitlementDistributionPotentialRole {
        GetEntitlementDistributionPotentialRole {
            client: self.client.clone(),
            options: crate::request::Options::default(),
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
    #[inline]
    pub fn update_entitlements_potential_role(
        &self,
        session_id: impl Into<String>,
        potential_role_id: impl Into<String>,
        role_mining_potential_role_edit_entitlements: models::RoleMiningPotentialRoleEditEntitlements,
    ) -> UpdateEntitlementsPotentialRole {
        UpdateEntitlementsPotentialRole {
            client: self.client.clone(),
            options: crate::request::Options::default(),
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
    #[inline]
    pub fn get_identities_potential_role(
        &self,
        session_id: impl Into<String>,
        potential_role_id: impl Into<String>,
    ) -> GetIdentitiesPotentialRole {
        GetIdentitiesPotentialRole {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            session_id: session_id.into(),
            potential_role_id: potential_role_id.into(),
            sorters: None,
            filters: None,
            offset: None,
            limit: None,
            count: None,
            listing: crate::pagination::Listing::default(),
        }
    }

    /// Export (download) details for a potential role in a role mining session
    ///
    /// This endpoint downloads all the information for a potential role in a role mining session. Includes identities and entitlements in the potential role.
    ///
    /// `GET /role-mining-sessions/{sessionId}/potential-roles/{potentialRoleId}/export` (`exportRoleMiningPotentialRole`)
    #[inline]
    pub fn export_role_mining_potential_role(
        &self,
        session_id: impl Into<String>,
        potential_role_id: impl Into<String>,
    ) -> ExportRoleMiningPotentialRole {
        ExportRoleMiningPotentialRole {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            session_id: session_id.into(),
            potential_role_id: potential_role_id.into(),
        }
    }

    /// Asynchronously export details for a potential role in a role mining session and upload to s3
    ///
    /// This endpoint uploads all the information for a potential role in a role mining session to S3 as a downloadable zip archive.  Includes identities and entitlements in the potential role.
    ///
    /// `POST /role-mining-sessions/{sessionId}/potential-roles/{potentialRoleId}/export-async` (`exportRoleMiningPotentialRoleAsync`)
    #[inline]
    pub fn export_role_mining_potential_role_async(
        &self,
        session_id: impl Into<String>,
        potential_role_id: impl Into<String>,
    ) -> ExportRoleMiningPotentialRoleAsync {
        ExportRoleMiningPotentialRoleAsync {
            client: self.client.clone(),
            options: crate::request::Options::default(),
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
    #[inline]
    pub fn export_role_mining_potential_role_status(
        &self,
        session_id: impl Into<String>,
        potential_role_id: impl Into<String>,
        export_id: impl Into<String>,
    ) -> ExportRoleMiningPotentialRoleStatus {
        ExportRoleMiningPotentialRoleStatus {
            client: self.client.clone(),
            options: crate::request::Options::default(),
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
    #[inline]
    pub fn download_role_mining_potential_role_zip(
        &self,
        session_id: impl Into<String>,
        potential_role_id: impl Into<String>,
        export_id: impl Into<String>,
    ) -> DownloadRoleMiningPotentialRoleZip {
        DownloadRoleMiningPotentialRoleZip {
            client: self.client.clone(),
            options: crate::request::Options::default(),
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
    #[inline]
    pub fn create_potential_role_provision_request(
        &self,
        session_id: impl Into<String>,
        potential_role_id: impl Into<String>,
    ) -> CreatePotentialRoleProvisionRequest {
        CreatePotentialRoleProvisionRequest {
            client: self.client.clone(),
            options: crate::request::Options::default(),
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
    #[inline]
    pub fn get_excluded_entitlements_potential_role(
        &self,
        session_id: impl Into<String>,
        potential_role_id: impl Into<String>,
    ) -> GetExcludedEntitlementsPotentialRole {
        GetExcludedEntitlementsPotentialRole {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            session_id: session_id.into(),
            potential_role_id: potential_role_id.into(),
            sorters: None,
            filters: None,
            offset: None,
            limit: None,
            count: None,
            listing: crate::pagination::Listing::default(),
        }
    }

    /// Retrieves all potential role summaries
    ///
    /// Returns all potential role summaries that match the query parameters
    ///
    /// `GET /role-mining-potential-roles` (`getAllPotentialRoleSummaries`)
    #[inline]
    pub fn get_all_potential_role_summaries(&self) -> GetAllPotentialRoleSummaries {
        GetAllPotentialRoleSummaries {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            sorters: None,
            filters: None,
            offset: None,
            limit: None,
            count: None,
            listing: crate::pagination::Listing::default(),
        }
    }

    /// Retrieves a specific potential role
    ///
    /// This method returns a specific potential role.
    ///
    /// `GET /role-mining-potential-roles/{potentialRoleId}` (`getRoleMiningPotentialRole`)
    #[inline]
    pub fn get_role_mining_potential_role(
        &self,
        potential_role_id: impl Into<String>,
    ) -> GetRoleMiningPotentialRole {
        GetRoleMiningPotentialRole {
            client: self.client.clone(),
            options: crate::request::Options::default(),
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
    #[inline]
    pub fn patch_role_mining_potential_role(
        &self,
        potential_role_id: impl Into<String>,
        json_patch_operation_role_mining: Vec<models::JsonPatchOperationRoleMining>,
    ) -> PatchRoleMiningPotentialRole {
        PatchRoleMiningPotentialRole {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            potential_role_id: potential_role_id.into(),
            json_patch_operation_role_mining,
        }
    }

    /// Retrieves all saved potential roles
    ///
    /// This method returns all saved potential roles (draft roles).
    ///
    /// `GET /role-mining-potential-roles/saved` (`getSavedPotentialRoles`)
    #[inline]
    pub fn get_saved_potential_roles(&self) -> GetSavedPotentialRoles {
        GetSavedPotentialRoles {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            sorters: None,
            offset: None,
            limit: None,
            count: None,
            listing: crate::pagination::Listing::default(),
        }
    }

    /// Retrieves potential role source usage
    ///
    /// This method returns source usageCount (as number of days in the last 90 days) for each identity in a potential role.
    ///
    /// `GET /role-mining-potential-roles/{potentialRoleId}/sources/{sourceId}/identityUsage` (`getPotentialRoleSourceIdentityUsage`)
    #[inline]
    pub fn get_potential_role_source_identity_usage(
        &self,
        potential_role_id: impl Into<String>,
        source_id: impl Into<String>,
    ) -> GetPotentialRoleSourceIdentityUsage {
        GetPotentialRoleSourceIdentityUsage {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            potential_role_id: potential_role_id.into(),
            source_id: source_id.into(),
            sorters: None,
            offset: None,
            limit: None,
            count: None,
            listing: crate::pagination::Listing::default(),
        }
    }
}

/// The error statuses of [`IaiRoleMiningApi::get_role_mining_sessions`](IaiRoleMiningApi::get_role_mining_sessions), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type GetRoleMiningSessionsError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`IaiRoleMiningApi::get_role_mining_sessions`](IaiRoleMiningApi::get_role_mining_sessions): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetRoleMiningSessions {
    client: crate::Client,
    options: crate::request::Options,
    filters: Option<String>,
    sorters: Option<String>,
    offset: Option<i32>,
    limit: Option<i32>,
    count: Option<bool>,
    listing: crate::pagination::Listing,
}

impl GetRoleMiningSessions {
    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **saved**: *eq*
    ///
    /// **name**: *eq, sw*
    #[inline]
    pub fn filters(mut self, filters: impl Into<String>) -> Self {
        self.filters = Some(filters.into());
        self
    }

    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **createdBy, createdDate**
    #[inline]
    pub fn sorters(mut self, sorters: impl Into<String>) -> Self {
        self.sorters = Some(sorters.into());
        self
    }

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

    /// Sends the request: `GET /role-mining-sessions`; returns one page.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::RoleMiningSessionResponse>,
            crate::SdkError<GetRoleMiningSessionsError>,
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
            crate::Page<models::RoleMiningSessionResponse>,
            crate::SdkError<GetRoleMiningSessionsError>,
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
            models::RoleMiningSessionResponse,
            crate::SdkError<GetRoleMiningSessionsError>,
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
            crate::Response<Vec<models::RoleMiningSessionResponse>>,
            crate::SdkError<GetRoleMiningSessionsError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getRoleMiningSessions",
            self.options,
            move |client| {
                let path = "/role-mining-sessions";
                let mut request = client.request(reqwest::Method::GET, path);
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
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`IaiRoleMiningApi::create_role_mining_sessions`](IaiRoleMiningApi::create_role_mining_sessions), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type CreateRoleMiningSessionsError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`IaiRoleMiningApi::create_role_mining_sessions`](IaiRoleMiningApi::create_role_mining_sessions): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateRoleMiningSessions {
    client: crate::Client,
    options: crate::request::Options,
    role_mining_session_dto: models::RoleMiningSessionDto,
}

impl CreateRoleMiningSessions {
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

    /// Sends the request: `POST /role-mining-sessions`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::RoleMiningSessionResponse,
            crate::SdkError<CreateRoleMiningSessionsError>,
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
            crate::Response<models::RoleMiningSessionResponse>,
            crate::SdkError<CreateRoleMiningSessionsError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "createRoleMiningSessions",
            self.options,
            move |client| {
                let path = "/role-mining-sessions";
                let mut request = client.request(reqwest::Method::POST, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.role_mining_session_dto;
                    request = crate::request::with_json(
                        "createRoleMiningSessions",
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

/// The error statuses of [`IaiRoleMiningApi::get_role_mining_session`](IaiRoleMiningApi::get_role_mining_session), each with the body the spec declares.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetRoleMiningSessionError {
    /// 400: Client Error - Returned if the request body is invalid.
    BadRequest(models::V3ErrorResponseDto),
    /// 401: Client Error - Returned if the request body is invalid.
    Unauthorized(models::V3ErrorResponseDto),
    /// 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
    Forbidden(models::V3ErrorResponseDto),
    /// 404: Not Found - returned if the request URL refers to a resource or object that does not exist
    NotFound(models::V3ErrorResponseDto),
    /// 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
    TooManyRequests(models::Error429Response),
    /// 500: Internal Server Error - Returned if there is an unexpected error.
    InternalServerError(models::V3ErrorResponseDto),
    /// A status the spec does not declare here, an empty body or one that is not JSON: see the raw response in [`crate::ServiceError`].
    Other,
}

impl crate::OperationError for GetRoleMiningSessionError {
    fn decode(status: u16, body: &[u8]) -> Result<Self, crate::DecodeFailure> {
        let empty = body.trim_ascii().is_empty();
        Ok(
            match status {
                400 if !empty => {
                    GetRoleMiningSessionError::BadRequest(
                        crate::request::decode_body(body)?,
                    )
                }
                401 if !empty => {
                    GetRoleMiningSessionError::Unauthorized(
                        crate::request::decode_body(body)?,
                    )
                }
                403 if !empty => {
                    GetRoleMiningSessionError::Forbidden(
                        crate::request::decode_body(body)?,
                    )
                }
                404 if !empty => {
                    GetRoleMiningSessionError::NotFound(
                        crate::request::decode_body(body)?,
                    )
                }
                429 if !empty => {
                    GetRoleMiningSessionError::TooManyRequests(
                        crate::request::decode_body(body)?,
                    )
                }
                500 if !empty => {
                    GetRoleMiningSessionError::InternalServerError(
                        crate::request::decode_body(body)?,
                    )
                }
                _ => GetRoleMiningSessionError::Other,
            },
        )
    }

    fn undeclared() -> Self {
        GetRoleMiningSessionError::Other
    }
}

/// The request of [`IaiRoleMiningApi::get_role_mining_session`](IaiRoleMiningApi::get_role_mining_session): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetRoleMiningSession {
    client: crate::Client,
    options: crate::request::Options,
    session_id: String,
}

impl GetRoleMiningSession {
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

    /// Sends the request: `GET /role-mining-sessions/{sessionId}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::RoleMiningSessionResponse,
            crate::SdkError<GetRoleMiningSessionError>,
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
            crate::Response<models::RoleMiningSessionResponse>,
            crate::SdkError<GetRoleMiningSessionError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getRoleMiningSession",
            self.options,
            move |client| {
                let path = [
                    "/role-mining-sessions/",
                    &crate::request::path_segment(&self.session_id),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`IaiRoleMiningApi::patch_role_mining_session`](IaiRoleMiningApi::patch_role_mining_session), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type PatchRoleMiningSessionError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`IaiRoleMiningApi::patch_role_mining_session`](IaiRoleMiningApi::patch_role_mining_session): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PatchRoleMiningSession {
    client: crate::Client,
    options: crate::request::Options,
    session_id: String,
    json_patch_operation: Vec<models::JsonPatchOperation>,
}

impl PatchRoleMiningSession {
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

    /// Sends the request: `PATCH /role-mining-sessions/{sessionId}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            serde_json::Map<String, serde_json::Value>,
            crate::SdkError<PatchRoleMiningSessionError>,
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
            crate::Response<serde_json::Map<String, serde_json::Value>>,
            crate::SdkError<PatchRoleMiningSessionError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "patchRoleMiningSession",
            self.options,
            move |client| {
                let path = [
                    "/role-mining-sessions/",
                    &crate::request::path_segment(&self.session_id),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::PATCH, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.json_patch_operation;
                    request = crate::request::with_json(
                        "patchRoleMiningSession",
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

/// The error statuses of [`IaiRoleMiningApi::get_role_mining_session_status`](IaiRoleMiningApi::get_role_mining_session_status), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_500`](crate::apis::errors::Errors400_401_403_500).
pub type GetRoleMiningSessionStatusError = crate::apis::errors::Errors400_401_403_500;

/// The request of [`IaiRoleMiningApi::get_role_mining_session_status`](IaiRoleMiningApi::get_role_mining_session_status): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetRoleMiningSessionStatus {
    client: crate::Client,
    options: crate::request::Options,
    session_id: String,
}

impl GetRoleMiningSessionStatus {
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

    /// Sends the request: `GET /role-mining-sessions/{sessionId}/status`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::RoleMiningSessionStatus,
            crate::SdkError<GetRoleMiningSessionStatusError>,
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
            crate::Response<models::RoleMiningSessionStatus>,
            crate::SdkError<GetRoleMiningSessionStatusError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getRoleMiningSessionStatus",
            self.options,
            move |client| {
                let path = [
                    "/role-mining-sessions/",
                    &crate::request::path_segment(&self.session_id),
                    "/status",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`IaiRoleMiningApi::get_potential_role_summaries`](IaiRoleMiningApi::get_potential_role_summaries), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type GetPotentialRoleSummariesError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`IaiRoleMiningApi::get_potential_role_summaries`](IaiRoleMiningApi::get_potential_role_summaries): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetPotentialRoleSummaries {
    client: crate::Client,
    options: crate::request::Options,
    session_id: String,
    sorters: Option<String>,
    filters: Option<String>,
    offset: Option<i32>,
    limit: Option<i32>,
    count: Option<bool>,
    listing: crate::pagination::Listing,
}

impl GetPotentialRoleSummaries {
    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **createdDate**
    #[inline]
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
    #[inline]
    pub fn filters(mut self, filters: impl Into<String>) -> Self {
        self.filters = Some(filters.into());
        self
    }

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

    /// Sends the request: `GET /role-mining-sessions/{sessionId}/potential-role-summaries`; returns one page.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::RoleMiningPotentialRoleSummary>,
            crate::SdkError<GetPotentialRoleSummariesError>,
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
            crate::Page<models::RoleMiningPotentialRoleSummary>,
            crate::SdkError<GetPotentialRoleSummariesError>,
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
            models::RoleMiningPotentialRoleSummary,
            crate::SdkError<GetPotentialRoleSummariesError>,
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
            crate::Response<Vec<models::RoleMiningPotentialRoleSummary>>,
            crate::SdkError<GetPotentialRoleSummariesError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getPotentialRoleSummaries",
            self.options,
            move |client| {
                let path = [
                    "/role-mining-sessions/",
                    &crate::request::path_segment(&self.session_id),
                    "/potential-role-summaries",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
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
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`IaiRoleMiningApi::get_potential_role`](IaiRoleMiningApi::get_potential_role), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type GetPotentialRoleError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`IaiRoleMiningApi::get_potential_role`](IaiRoleMiningApi::get_potential_role): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetPotentialRole {
    client: crate::Client,
    options: crate::request::Options,
    session_id: String,
    potential_role_id: String,
}

impl GetPotentialRole {
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

    /// Sends the request: `GET /role-mining-sessions/{sessionId}/potential-role-summaries/{potentialRoleId}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::RoleMiningPotentialRole,
            crate::SdkError<GetPotentialRoleError>,
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
            crate::Response<models::RoleMiningPotentialRole>,
            crate::SdkError<GetPotentialRoleError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getPotentialRole",
            self.options,
            move |client| {
                let path = [
                    "/role-mining-sessions/",
                    &crate::request::path_segment(&self.session_id),
                    "/potential-role-summaries/",
                    &crate::request::path_segment(&self.potential_role_id),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`IaiRoleMiningApi::patch_potential_role_session`](IaiRoleMiningApi::patch_potential_role_session), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type PatchPotentialRoleSessionError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`IaiRoleMiningApi::patch_potential_role_session`](IaiRoleMiningApi::patch_potential_role_session): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PatchPotentialRoleSession {
    client: crate::Client,
    options: crate::request::Options,
    session_id: String,
    potential_role_id: String,
    json_patch_operation_role_mining: Vec<models::JsonPatchOperationRoleMining>,
}

impl PatchPotentialRoleSession {
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

    /// Sends the request: `PATCH /role-mining-sessions/{sessionId}/potential-role-summaries/{potentialRoleId}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            serde_json::Map<String, serde_json::Value>,
            crate::SdkError<PatchPotentialRoleSessionError>,
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
            crate::Response<serde_json::Map<String, serde_json::Value>>,
            crate::SdkError<PatchPotentialRoleSessionError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "patchPotentialRoleSession",
            self.options,
            move |client| {
                let path = [
                    "/role-mining-sessions/",
                    &crate::request::path_segment(&self.session_id),
                    "/potential-role-summaries/",
                    &crate::request::path_segment(&self.potential_role_id),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::PATCH, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.json_patch_operation_role_mining;
                    request = crate::request::with_json(
                        "patchPotentialRoleSession",
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

/// The error statuses of [`IaiRoleMiningApi::get_potential_role_applications`](IaiRoleMiningApi::get_potential_role_applications), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type GetPotentialRoleApplicationsError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`IaiRoleMiningApi::get_potential_role_applications`](IaiRoleMiningApi::get_potential_role_applications): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetPotentialRoleApplications {
    client: crate::Client,
    options: crate::request::Options,
    session_id: String,
    potential_role_id: String,
    filters: Option<String>,
    offset: Option<i32>,
    limit: Option<i32>,
    count: Option<bool>,
    listing: crate::pagination::Listing,
}

impl GetPotentialRoleApplications {
    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **applicationName**: *sw*
    #[inline]
    pub fn filters(mut self, filters: impl Into<String>) -> Self {
        self.filters = Some(filters.into());
        self
    }

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

    /// Sends the request: `GET /role-mining-sessions/{sessionId}/potential-role-summaries/{potentialRoleId}/applications`; returns one page.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::RoleMiningPotentialRoleApplication>,
            crate::SdkError<GetPotentialRoleApplicationsError>,
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
            crate::Page<models::RoleMiningPotentialRoleApplication>,
            crate::SdkError<GetPotentialRoleApplicationsError>,
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
            models::RoleMiningPotentialRoleApplication,
            crate::SdkError<GetPotentialRoleApplicationsError>,
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
            crate::Response<Vec<models::RoleMiningPotentialRoleApplication>>,
            crate::SdkError<GetPotentialRoleApplicationsError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getPotentialRoleApplications",
            self.options,
            move |client| {
                let path = [
                    "/role-mining-sessions/",
                    &crate::request::path_segment(&self.session_id),
                    "/potential-role-summaries/",
                    &crate::request::path_segment(&self.potential_role_id),
                    "/applications",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
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
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`IaiRoleMiningApi::get_potential_role_entitlements`](IaiRoleMiningApi::get_potential_role_entitlements), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type GetPotentialRoleEntitlementsError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`IaiRoleMiningApi::get_potential_role_entitlements`](IaiRoleMiningApi::get_potential_role_entitlements): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetPotentialRoleEntitlements {
    client: crate::Client,
    options: crate::request::Options,
    session_id: String,
    potential_role_id: String,
    filters: Option<String>,
    offset: Option<i32>,
    limit: Option<i32>,
    count: Option<bool>,
    listing: crate::pagination::Listing,
}

impl GetPotentialRoleEntitlements {
    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **entitlementRef.name**: *sw*
    #[inline]
    pub fn filters(mut self, filters: impl Into<String>) -> Self {
        self.filters = Some(filters.into());
        self
    }

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

    /// Sends the request: `GET /role-mining-sessions/{sessionId}/potential-role-summaries/{potentialRoleId}/entitlements`; returns one page.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::RoleMiningPotentialRoleEntitlements>,
            crate::SdkError<GetPotentialRoleEntitlementsError>,
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
            crate::Page<models::RoleMiningPotentialRoleEntitlements>,
            crate::SdkError<GetPotentialRoleEntitlementsError>,
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
            models::RoleMiningPotentialRoleEntitlements,
            crate::SdkError<GetPotentialRoleEntitlementsError>,
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
            crate::Response<Vec<models::RoleMiningPotentialRoleEntitlements>>,
            crate::SdkError<GetPotentialRoleEntitlementsError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getPotentialRoleEntitlements",
            self.options,
            move |client| {
                let path = [
                    "/role-mining-sessions/",
                    &crate::request::path_segment(&self.session_id),
                    "/potential-role-summaries/",
                    &crate::request::path_segment(&self.potential_role_id),
                    "/entitlements",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
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
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`IaiRoleMiningApi::get_entitlements_potential_role`](IaiRoleMiningApi::get_entitlements_potential_role), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type GetEntitlementsPotentialRoleError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`IaiRoleMiningApi::get_entitlements_potential_role`](IaiRoleMiningApi::get_entitlements_potential_role): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetEntitlementsPotentialRole {
    client: crate::Client,
    options: crate::request::Options,
    session_id: String,
    potential_role_id: String,
    include_common_access: Option<bool>,
    sorters: Option<String>,
    filters: Option<String>,
    offset: Option<i32>,
    limit: Option<i32>,
    count: Option<bool>,
    listing: crate::pagination::Listing,
}

impl GetEntitlementsPotentialRole {
    /// Boolean determining whether common access entitlements will be included or not
    ///
    /// The server's default: `true`.
    #[inline]
    pub fn include_common_access(mut self, include_common_access: bool) -> Self {
        self.include_common_access = Some(include_common_access);
        self
    }

    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **popularity, entitlementName, applicationName**
    ///
    /// The default sort is **popularity** in descending order.
    #[inline]
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
    #[inline]
    pub fn filters(mut self, filters: impl Into<String>) -> Self {
        self.filters = Some(filters.into());
        self
    }

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

    /// Sends the request: `GET /role-mining-sessions/{sessionId}/potential-roles/{potentialRoleId}/entitlement-popularities`; returns one page.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::RoleMiningEntitlement>,
            crate::SdkError<GetEntitlementsPotentialRoleError>,
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
            crate::Page<models::RoleMiningEntitlement>,
            crate::SdkError<GetEntitlementsPotentialRoleError>,
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
            models::RoleMiningEntitlement,
            crate::SdkError<GetEntitlementsPotentialRoleError>,
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
            crate::Response<Vec<models::RoleMiningEntitlement>>,
            crate::SdkError<GetEntitlementsPotentialRoleError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getEntitlementsPotentialRole",
            self.options,
            move |client| {
                let path = [
                    "/role-mining-sessions/",
                    &crate::request::path_segment(&self.session_id),
                    "/potential-roles/",
                    &crate::request::path_segment(&self.potential_role_id),
                    "/entitlement-popularities",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
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
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`IaiRoleMiningApi::get_entitlement_distribution_potential_role`](IaiRoleMiningApi::get_entitlement_distribution_potential_role), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_500`](crate::apis::errors::Errors400_401_403_500).
pub type GetEntitlementDistributionPotentialRoleError = crate::apis::errors::Errors400_401_403_500;

/// The request of [`IaiRoleMiningApi::get_entitlement_distribution_potential_role`](IaiRoleMiningApi::get_entitlement_distribution_potential_role): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetEntitlementDistributionPotentialRole {
    client: crate::Client,
    options: crate::request::Options,
    session_id: String,
    potential_role_id: String,
    include_common_access: Option<bool>,
}

impl GetEntitlementDistributionPotentialRole {
    /// Boolean determining whether common access entitlements will be included or not
    #[inline]
    pub fn include_common_access(mut self, include_common_access: bool) -> Self {
        self.include_common_access = Some(include_common_access);
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

    /// Sends the request: `GET /role-mining-sessions/{sessionId}/potential-roles/{potentialRoleId}/entitlement-popularity-distribution`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            std::collections::BTreeMap<String, i64>,
            crate::SdkError<GetEntitlementDistributionPotentialRoleError>,
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
            crate::Response<std::collections::BTreeMap<String, i64>>,
            crate::SdkError<GetEntitlementDistributionPotentialRoleError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getEntitlementDistributionPotentialRole",
            self.options,
            move |client| {
                let path = [
                    "/role-mining-sessions/",
                    &crate::request::path_segment(&self.session_id),
                    "/potential-roles/",
                    &crate::request::path_segment(&self.potential_role_id),
                    "/entitlement-popularity-distribution",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                let mut query: Vec<(&str, String)> = Vec::new();
                if let Some(value) = &self.include_common_access {
                    query.push(("includeCommonAccess", value.to_string()));
                }
                request = request.query(&query);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`IaiRoleMiningApi::update_entitlements_potential_role`](IaiRoleMiningApi::update_entitlements_potential_role), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_500`](crate::apis::errors::Errors400_401_403_500).
pub type UpdateEntitlementsPotentialRoleError = crate::apis::errors::Errors400_401_403_500;

/// The request of [`IaiRoleMiningApi::update_entitlements_potential_role`](IaiRoleMiningApi::update_entitlements_potential_role): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateEntitlementsPotentialRole {
    client: crate::Client,
    options: crate::request::Options,
    session_id: String,
    potential_role_id: String,
    role_mining_potential_role_edit_entitlements: models::RoleMiningPotentialRoleEditEntitlements,
}

impl UpdateEntitlementsPotentialRole {
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

    /// Sends the request: `POST /role-mining-sessions/{sessionId}/potential-roles/{potentialRoleId}/edit-entitlements`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::RoleMiningPotentialRole,
            crate::SdkError<UpdateEntitlementsPotentialRoleError>,
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
            crate::Response<models::RoleMiningPotentialRole>,
            crate::SdkError<UpdateEntitlementsPotentialRoleError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "updateEntitlementsPotentialRole",
            self.options,
            move |client| {
                let path = [
                    "/role-mining-sessions/",
                    &crate::request::path_segment(&self.session_id),
                    "/potential-roles/",
                    &crate::request::path_segment(&self.potential_role_id),
                    "/edit-entitlements",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::POST, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.role_mining_potential_role_edit_entitlements;
                    request = crate::request::with_json(
                        "updateEntitlementsPotentialRole",
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

/// The error statuses of [`IaiRoleMiningApi::get_identities_potential_role`](IaiRoleMiningApi::get_identities_potential_role), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_500`](crate::apis::errors::Errors400_401_403_500).
pub type GetIdentitiesPotentialRoleError = crate::apis::errors::Errors400_401_403_500;

/// The request of [`IaiRoleMiningApi::get_identities_potential_role`](IaiRoleMiningApi::get_identities_potential_role): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetIdentitiesPotentialRole {
    client: crate::Client,
    options: crate::request::Options,
    session_id: String,
    potential_role_id: String,
    sorters: Option<String>,
    filters: Option<String>,
    offset: Option<i32>,
    limit: Option<i32>,
    count: Option<bool>,
    listing: crate::pagination::Listing,
}

impl GetIdentitiesPotentialRole {
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
    /// **name**: *sw*
    #[inline]
    pub fn filters(mut self, filters: impl Into<String>) -> Self {
        self.filters = Some(filters.into());
        self
    }

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

    /// Sends the request: `GET /role-mining-sessions/{sessionId}/potential-roles/{potentialRoleId}/identities`; returns one page.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::RoleMiningIdentity>,
            crate::SdkError<GetIdentitiesPotentialRoleError>,
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
            crate::Page<models::RoleMiningIdentity>,
            crate::SdkError<GetIdentitiesPotentialRoleError>,
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
            models::RoleMiningIdentity,
            crate::SdkError<GetIdentitiesPotentialRoleError>,
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
            crate::Response<Vec<models::RoleMiningIdentity>>,
            crate::SdkError<GetIdentitiesPotentialRoleError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getIdentitiesPotentialRole",
            self.options,
            move |client| {
                let path = [
                    "/role-mining-sessions/",
                    &crate::request::path_segment(&self.session_id),
                    "/potential-roles/",
                    &crate::request::path_segment(&self.potential_role_id),
                    "/identities",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
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
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`IaiRoleMiningApi::export_role_mining_potential_role`](IaiRoleMiningApi::export_role_mining_potential_role), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_500`](crate::apis::errors::Errors400_401_403_500).
pub type ExportRoleMiningPotentialRoleError = crate::apis::errors::Errors400_401_403_500;

/// The request of [`IaiRoleMiningApi::export_role_mining_potential_role`](IaiRoleMiningApi::export_role_mining_potential_role): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ExportRoleMiningPotentialRole {
    client: crate::Client,
    options: crate::request::Options,
    session_id: String,
    potential_role_id: String,
}

impl ExportRoleMiningPotentialRole {
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

    /// Sends the request: `GET /role-mining-sessions/{sessionId}/potential-roles/{potentialRoleId}/export`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<Vec<u8>, crate::SdkError<ExportRoleMiningPotentialRoleError>>,
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
            crate::Response<Vec<u8>>,
            crate::SdkError<ExportRoleMiningPotentialRoleError>,
        >,
    > {
        crate::request::bytes(self.call())
    }

    /// Sends the request, as [`send`](Self::send), and returns the file as a stream of chunks
    /// as they arrive rather than buffered whole: for large downloads.
    #[inline]
    pub fn send_streaming(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Response<crate::ByteStream>,
            crate::SdkError<ExportRoleMiningPotentialRoleError>,
        >,
    > {
        crate::request::streaming(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "exportRoleMiningPotentialRole",
            self.options,
            move |client| {
                let path = [
                    "/role-mining-sessions/",
                    &crate::request::path_segment(&self.session_id),
                    "/potential-roles/",
                    &crate::request::path_segment(&self.potential_role_id),
                    "/export",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                request = request.header(reqwest::header::ACCEPT, "application/zip");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`IaiRoleMiningApi::export_role_mining_potential_role_async`](IaiRoleMiningApi::export_role_mining_potential_role_async), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_500`](crate::apis::errors::Errors400_401_403_500).
pub type ExportRoleMiningPotentialRoleAsyncError = crate::apis::errors::Errors400_401_403_500;

/// The request of [`IaiRoleMiningApi::export_role_mining_potential_role_async`](IaiRoleMiningApi::export_role_mining_potential_role_async): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ExportRoleMiningPotentialRoleAsync {
    client: crate::Client,
    options: crate::request::Options,
    session_id: String,
    potential_role_id: String,
    role_mining_potential_role_export_request: Option<
        models::RoleMiningPotentialRoleExportRequest,
    >,
}

impl ExportRoleMiningPotentialRoleAsync {
    /// The request body.
    #[inline]
    pub fn role_mining_potential_role_export_request(
        mut self,
        role_mining_potential_role_export_request: models::RoleMiningPotentialRoleExportRequest,
    ) -> Self {
        self.role_mining_potential_role_export_request = Some(
            role_mining_potential_role_export_request,
        );
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

    /// Sends the request: `POST /role-mining-sessions/{sessionId}/potential-roles/{potentialRoleId}/export-async`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::RoleMiningPotentialRoleExportResponse,
            crate::SdkError<ExportRoleMiningPotentialRoleAsyncError>,
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
            crate::Response<models::RoleMiningPotentialRoleExportResponse>,
            crate::SdkError<ExportRoleMiningPotentialRoleAsyncError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "exportRoleMiningPotentialRoleAsync",
            self.options,
            move |client| {
                let path = [
                    "/role-mining-sessions/",
                    &crate::request::path_segment(&self.session_id),
                    "/potential-roles/",
                    &crate::request::path_segment(&self.potential_role_id),
                    "/export-async",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::POST, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                if let Some(value) = &self.role_mining_potential_role_export_request {
                    request = crate::request::with_json(
                        "exportRoleMiningPotentialRoleAsync",
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

/// The error statuses of [`IaiRoleMiningApi::export_role_mining_potential_role_status`](IaiRoleMiningApi::export_role_mining_potential_role_status), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_500`](crate::apis::errors::Errors400_401_403_500).
pub type ExportRoleMiningPotentialRoleStatusError = crate::apis::errors::Errors400_401_403_500;

/// The request of [`IaiRoleMiningApi::export_role_mining_potential_role_status`](IaiRoleMiningApi::export_role_mining_potential_role_status): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ExportRoleMiningPotentialRoleStatus {
    client: crate::Client,
    options: crate::request::Options,
    session_id: String,
    potential_role_id: String,
    export_id: String,
}

impl ExportRoleMiningPotentialRoleStatus {
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

    /// Sends the request: `GET /role-mining-sessions/{sessionId}/potential-roles/{potentialRoleId}/export-async/{exportId}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::RoleMiningPotentialRoleExportResponse,
            crate::SdkError<ExportRoleMiningPotentialRoleStatusError>,
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
            crate::Response<models::RoleMiningPotentialRoleExportResponse>,
            crate::SdkError<ExportRoleMiningPotentialRoleStatusError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "exportRoleMiningPotentialRoleStatus",
            self.options,
            move |client| {
                let path = [
                    "/role-mining-sessions/",
                    &crate::request::path_segment(&self.session_id),
                    "/potential-roles/",
                    &crate::request::path_segment(&self.potential_role_id),
                    "/export-async/",
                    &crate::request::path_segment(&self.export_id),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`IaiRoleMiningApi::download_role_mining_potential_role_zip`](IaiRoleMiningApi::download_role_mining_potential_role_zip), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_500`](crate::apis::errors::Errors400_401_403_500).
pub type DownloadRoleMiningPotentialRoleZipError = crate::apis::errors::Errors400_401_403_500;

/// The request of [`IaiRoleMiningApi::download_role_mining_potential_role_zip`](IaiRoleMiningApi::download_role_mining_potential_role_zip): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DownloadRoleMiningPotentialRoleZip {
    client: crate::Client,
    options: crate::request::Options,
    session_id: String,
    potential_role_id: String,
    export_id: String,
}

impl DownloadRoleMiningPotentialRoleZip {
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

    /// Sends the request: `GET /role-mining-sessions/{sessionId}/potential-roles/{potentialRoleId}/export-async/{exportId}/download`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<u8>,
            crate::SdkError<DownloadRoleMiningPotentialRoleZipError>,
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
            crate::Response<Vec<u8>>,
            crate::SdkError<DownloadRoleMiningPotentialRoleZipError>,
        >,
    > {
        crate::request::bytes(self.call())
    }

    /// Sends the request, as [`send`](Self::send), and returns the file as a stream of chunks
    /// as they arrive rather than buffered whole: for large downloads.
    #[inline]
    pub fn send_streaming(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Response<crate::ByteStream>,
            crate::SdkError<DownloadRoleMiningPotentialRoleZipError>,
        >,
    > {
        crate::request::streaming(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "downloadRoleMiningPotentialRoleZip",
            self.options,
            move |client| {
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
                let mut request = client.request(reqwest::Method::GET, &path);
                request = request.header(reqwest::header::ACCEPT, "application/zip");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`IaiRoleMiningApi::create_potential_role_provision_request`](IaiRoleMiningApi::create_potential_role_provision_request), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_500`](crate::apis::errors::Errors400_401_403_404_500).
pub type CreatePotentialRoleProvisionRequestError = crate::apis::errors::Errors400_401_403_404_500;

/// The request of [`IaiRoleMiningApi::create_potential_role_provision_request`](IaiRoleMiningApi::create_potential_role_provision_request): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreatePotentialRoleProvisionRequest {
    client: crate::Client,
    options: crate::request::Options,
    session_id: String,
    potential_role_id: String,
    min_entitlement_popularity: Option<i64>,
    include_common_access: Option<bool>,
    role_mining_potential_role_provision_request: Option<
        models::RoleMiningPotentialRoleProvisionRequest,
    >,
}

impl CreatePotentialRoleProvisionRequest {
    /// Minimum popularity required for an entitlement to be included in the provisioned role.
    ///
    /// The server's default: `0`.
    #[inline]
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
    #[inline]
    pub fn include_common_access(mut self, include_common_access: bool) -> Self {
        self.include_common_access = Some(include_common_access);
        self
    }

    /// Required information to create a new role
    #[inline]
    pub fn role_mining_potential_role_provision_request(
        mut self,
        role_mining_potential_role_provision_request: models::RoleMiningPotentialRoleProvisionRequest,
    ) -> Self {
        self.role_mining_potential_role_provision_request = Some(
            role_mining_potential_role_provision_request,
        );
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

    /// Sends the request: `POST /role-mining-sessions/{sessionId}/potential-roles/{potentialRoleId}/provision`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::RoleMiningPotentialRoleSummary,
            crate::SdkError<CreatePotentialRoleProvisionRequestError>,
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
            crate::Response<models::RoleMiningPotentialRoleSummary>,
            crate::SdkError<CreatePotentialRoleProvisionRequestError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "createPotentialRoleProvisionRequest",
            self.options,
            move |client| {
                let path = [
                    "/role-mining-sessions/",
                    &crate::request::path_segment(&self.session_id),
                    "/potential-roles/",
                    &crate::request::path_segment(&self.potential_role_id),
                    "/provision",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::POST, &path);
                let mut query: Vec<(&str, String)> = Vec::new();
                if let Some(value) = &self.min_entitlement_popularity {
                    query.push(("min-entitlement-popularity", value.to_string()));
                }
                if let Some(value) = &self.include_common_access {
                    query.push(("include-common-access", value.to_string()));
                }
                request = request.query(&query);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                if let Some(value) = &self.role_mining_potential_role_provision_request {
                    request = crate::request::with_json(
                        "createPotentialRoleProvisionRequest",
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

/// The error statuses of [`IaiRoleMiningApi::get_excluded_entitlements_potential_role`](IaiRoleMiningApi::get_excluded_entitlements_potential_role), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_500`](crate::apis::errors::Errors400_401_403_500).
pub type GetExcludedEntitlementsPotentialRoleError = crate::apis::errors::Errors400_401_403_500;

/// The request of [`IaiRoleMiningApi::get_excluded_entitlements_potential_role`](IaiRoleMiningApi::get_excluded_entitlements_potential_role): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetExcludedEntitlementsPotentialRole {
    client: crate::Client,
    options: crate::request::Options,
    session_id: String,
    potential_role_id: String,
    sorters: Option<String>,
    filters: Option<String>,
    offset: Option<i32>,
    limit: Option<i32>,
    count: Option<bool>,
    listing: crate::pagination::Listing,
}

impl GetExcludedEntitlementsPotentialRole {
    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **popularity**
    #[inline]
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
    #[inline]
    pub fn filters(mut self, filters: impl Into<String>) -> Self {
        self.filters = Some(filters.into());
        self
    }

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

    /// Sends the request: `GET /role-mining-sessions/{sessionId}/potential-roles/{potentialRoleId}/excluded-entitlements`; returns one page.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::RoleMiningEntitlement>,
            crate::SdkError<GetExcludedEntitlementsPotentialRoleError>,
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
            crate::Page<models::RoleMiningEntitlement>,
            crate::SdkError<GetExcludedEntitlementsPotentialRoleError>,
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
            models::RoleMiningEntitlement,
            crate::SdkError<GetExcludedEntitlementsPotentialRoleError>,
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
            crate::Response<Vec<models::RoleMiningEntitlement>>,
            crate::SdkError<GetExcludedEntitlementsPotentialRoleError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getExcludedEntitlementsPotentialRole",
            self.options,
            move |client| {
                let path = [
                    "/role-mining-sessions/",
                    &crate::request::path_segment(&self.session_id),
                    "/potential-roles/",
                    &crate::request::path_segment(&self.potential_role_id),
                    "/excluded-entitlements",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
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
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`IaiRoleMiningApi::get_all_potential_role_summaries`](IaiRoleMiningApi::get_all_potential_role_summaries), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type GetAllPotentialRoleSummariesError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`IaiRoleMiningApi::get_all_potential_role_summaries`](IaiRoleMiningApi::get_all_potential_role_summaries): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetAllPotentialRoleSummaries {
    client: crate::Client,
    options: crate::request::Options,
    sorters: Option<String>,
    filters: Option<String>,
    offset: Option<i32>,
    limit: Option<i32>,
    count: Option<bool>,
    listing: crate::pagination::Listing,
}

impl GetAllPotentialRoleSummaries {
    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **createdDate, identityCount, entitlementCount, freshness, quality**
    #[inline]
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
    #[inline]
    pub fn filters(mut self, filters: impl Into<String>) -> Self {
        self.filters = Some(filters.into());
        self
    }

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

    /// Sends the request: `GET /role-mining-potential-roles`; returns one page.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::RoleMiningPotentialRoleSummary>,
            crate::SdkError<GetAllPotentialRoleSummariesError>,
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
            crate::Page<models::RoleMiningPotentialRoleSummary>,
            crate::SdkError<GetAllPotentialRoleSummariesError>,
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
            models::RoleMiningPotentialRoleSummary,
            crate::SdkError<GetAllPotentialRoleSummariesError>,
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
            crate::Response<Vec<models::RoleMiningPotentialRoleSummary>>,
            crate::SdkError<GetAllPotentialRoleSummariesError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getAllPotentialRoleSummaries",
            self.options,
            move |client| {
                let path = "/role-mining-potential-roles";
                let mut request = client.request(reqwest::Method::GET, path);
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
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`IaiRoleMiningApi::get_role_mining_potential_role`](IaiRoleMiningApi::get_role_mining_potential_role), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type GetRoleMiningPotentialRoleError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`IaiRoleMiningApi::get_role_mining_potential_role`](IaiRoleMiningApi::get_role_mining_potential_role): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetRoleMiningPotentialRole {
    client: crate::Client,
    options: crate::request::Options,
    potential_role_id: String,
}

impl GetRoleMiningPotentialRole {
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

    /// Sends the request: `GET /role-mining-potential-roles/{potentialRoleId}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::RoleMiningPotentialRole,
            crate::SdkError<GetRoleMiningPotentialRoleError>,
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
            crate::Response<models::RoleMiningPotentialRole>,
            crate::SdkError<GetRoleMiningPotentialRoleError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getRoleMiningPotentialRole",
            self.options,
            move |client| {
                let path = [
                    "/role-mining-potential-roles/",
                    &crate::request::path_segment(&self.potential_role_id),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`IaiRoleMiningApi::patch_role_mining_potential_role`](IaiRoleMiningApi::patch_role_mining_potential_role), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type PatchRoleMiningPotentialRoleError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`IaiRoleMiningApi::patch_role_mining_potential_role`](IaiRoleMiningApi::patch_role_mining_potential_role): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PatchRoleMiningPotentialRole {
    client: crate::Client,
    options: crate::request::Options,
    potential_role_id: String,
    json_patch_operation_role_mining: Vec<models::JsonPatchOperationRoleMining>,
}

impl PatchRoleMiningPotentialRole {
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

    /// Sends the request: `PATCH /role-mining-potential-roles/{potentialRoleId}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            serde_json::Map<String, serde_json::Value>,
            crate::SdkError<PatchRoleMiningPotentialRoleError>,
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
            crate::Response<serde_json::Map<String, serde_json::Value>>,
            crate::SdkError<PatchRoleMiningPotentialRoleError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "patchRoleMiningPotentialRole",
            self.options,
            move |client| {
                let path = [
                    "/role-mining-potential-roles/",
                    &crate::request::path_segment(&self.potential_role_id),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::PATCH, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.json_patch_operation_role_mining;
                    request = crate::request::with_json(
                        "patchRoleMiningPotentialRole",
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

/// The error statuses of [`IaiRoleMiningApi::get_saved_potential_roles`](IaiRoleMiningApi::get_saved_potential_roles), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type GetSavedPotentialRolesError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`IaiRoleMiningApi::get_saved_potential_roles`](IaiRoleMiningApi::get_saved_potential_roles): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetSavedPotentialRoles {
    client: crate::Client,
    options: crate::request::Options,
    sorters: Option<String>,
    offset: Option<i32>,
    limit: Option<i32>,
    count: Option<bool>,
    listing: crate::pagination::Listing,
}

impl GetSavedPotentialRoles {
    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters/) Sorting is supported for the following fields: **modified**
    #[inline]
    pub fn sorters(mut self, sorters: impl Into<String>) -> Self {
        self.sorters = Some(sorters.into());
        self
    }

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

    /// Sends the request: `GET /role-mining-potential-roles/saved`; returns one page.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::RoleMiningSessionDraftRoleDto>,
            crate::SdkError<GetSavedPotentialRolesError>,
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
            crate::Page<models::RoleMiningSessionDraftRoleDto>,
            crate::SdkError<GetSavedPotentialRolesError>,
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
            models::RoleMiningSessionDraftRoleDto,
            crate::SdkError<GetSavedPotentialRolesError>,
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
            crate::Response<Vec<models::RoleMiningSessionDraftRoleDto>>,
            crate::SdkError<GetSavedPotentialRolesError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getSavedPotentialRoles",
            self.options,
            move |client| {
                let path = "/role-mining-potential-roles/saved";
                let mut request = client.request(reqwest::Method::GET, path);
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
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`IaiRoleMiningApi::get_potential_role_source_identity_usage`](IaiRoleMiningApi::get_potential_role_source_identity_usage), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type GetPotentialRoleSourceIdentityUsageError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`IaiRoleMiningApi::get_potential_role_source_identity_usage`](IaiRoleMiningApi::get_potential_role_source_identity_usage): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetPotentialRoleSourceIdentityUsage {
    client: crate::Client,
    options: crate::request::Options,
    potential_role_id: String,
    source_id: String,
    sorters: Option<String>,
    offset: Option<i32>,
    limit: Option<i32>,
    count: Option<bool>,
    listing: crate::pagination::Listing,
}

impl GetPotentialRoleSourceIdentityUsage {
    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters/) Sorting is supported for the following fields: **displayName, email, usageCount**
    #[inline]
    pub fn sorters(mut self, sorters: impl Into<String>) -> Self {
        self.sorters = Some(sorters.into());
        self
    }

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

    /// Sends the request: `GET /role-mining-potential-roles/{potentialRoleId}/sources/{sourceId}/identityUsage`; returns one page.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::RoleMiningPotentialRoleSourceUsage>,
            crate::SdkError<GetPotentialRoleSourceIdentityUsageError>,
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
            crate::Page<models::RoleMiningPotentialRoleSourceUsage>,
            crate::SdkError<GetPotentialRoleSourceIdentityUsageError>,
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
            models::RoleMiningPotentialRoleSourceUsage,
            crate::SdkError<GetPotentialRoleSourceIdentityUsageError>,
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
            crate::Response<Vec<models::RoleMiningPotentialRoleSourceUsage>>,
            crate::SdkError<GetPotentialRoleSourceIdentityUsageError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getPotentialRoleSourceIdentityUsage",
            self.options,
            move |client| {
                let path = [
                    "/role-mining-potential-roles/",
                    &crate::request::path_segment(&self.potential_role_id),
                    "/sources/",
                    &crate::request::path_segment(&self.source_id),
                    "/identityUsage",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
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
                Ok(request)
            },
        )
    }
}
