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
    /// `GET /role-mining-sessions/v1` (`getRoleMiningSessionsV1`)
    #[inline]
    pub fn get_role_mining_sessions_v1(&self) -> GetRoleMiningSessionsV1 {
        GetRoleMiningSessionsV1 {
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
    /// `POST /role-mining-sessions/v1` (`createRoleMiningSessionsV1`)
    #[inline]
    pub fn create_role_mining_sessions_v1(
        &self,
        roleminingsessiondto: models::Roleminingsessiondto,
    ) -> CreateRoleMiningSessionsV1 {
        CreateRoleMiningSessionsV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            roleminingsessiondto,
        }
    }

    /// Get a role mining session
    ///
    /// The method retrieves a role mining session.
    ///
    /// `GET /role-mining-sessions/v1/{sessionId}` (`getRoleMiningSessionV1`)
    #[inline]
    pub fn get_role_mining_session_v1(
        &self,
        session_id: impl Into<String>,
    ) -> GetRoleMiningSessionV1 {
        GetRoleMiningSessionV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            session_id: session_id.into(),
        }
    }

    /// Patch a role mining session
    ///
    /// The  method updates an existing role mining session using PATCH. Supports op in {"replace"} and changes to pruneThreshold and/or minNumIdentitiesInPotentialRole. The potential roles in this role mining session is then re-calculated.
    ///
    /// `PATCH /role-mining-sessions/v1/{sessionId}` (`patchRoleMiningSessionV1`)
    #[inline]
    pub fn patch_role_mining_session_v1(
        &self,
        session_id: impl Into<String>,
        jsonpatchoperation: Vec<models::Jsonpatchoperation>,
    ) -> PatchRoleMiningSessionV1 {
        PatchRoleMiningSessionV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            session_id: session_id.into(),
            jsonpatchoperation,
        }
    }

    /// Get role mining session status state
    ///
    /// This method returns a role mining session status for a customer.
    ///
    /// `GET /role-mining-sessions/v1/{sessionId}/status` (`getRoleMiningSessionStatusV1`)
    #[inline]
    pub fn get_role_mining_session_status_v1(
        &self,
        session_id: impl Into<String>,
    ) -> GetRoleMiningSessionStatusV1 {
        GetRoleMiningSessionStatusV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            session_id: session_id.into(),
        }
    }

    /// Retrieves all potential role summaries
    ///
    /// This method returns the potential role summaries for a role mining session.
    ///
    /// `GET /role-mining-sessions/v1/{sessionId}/potential-role-summaries` (`getPotentialRoleSummariesV1`)
    #[inline]
    pub fn get_potential_role_summaries_v1(
        &self,
        session_id: impl Into<String>,
    ) -> GetPotentialRoleSummariesV1 {
        GetPotentialRoleSummariesV1 {
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

    /// Retrieves a specific potential role
    ///
    /// This method returns a specific potential role for a role mining session.
    ///
    /// `GET /role-mining-sessions/v1/{sessionId}/potential-role-summaries/{potentialRoleId}` (`getPotentialRoleV1`)
    #[inline]
    pub fn get_potential_role_v1(
        &self,
        session_id: impl Into<String>,
        potential_role_id: impl Into<String>,
    ) -> GetPotentialRoleV1 {
        GetPotentialRoleV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            session_id: session_id.into(),
            potential_role_id: potential_role_id.into(),
        }
    }

    /// Update a potential role session
    ///
    /// The method updates an existing potential role using.
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
    /// `PATCH /role-mining-sessions/v1/{sessionId}/potential-role-summaries/{potentialRoleId}` (`patchPotentialRoleSessionV1`)
    #[inline]
    pub fn patch_potential_role_session_v1(
        &self,
        session_id: impl Into<String>,
        potential_role_id: impl Into<String>,
        jsonpatchoperationrolemining: Vec<models::Jsonpatchoperationrolemining>,
    ) -> PatchPotentialRoleSessionV1 {
        PatchPotentialRoleSessionV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            session_id: session_id.into(),
            potential_role_id: potential_role_id.into(),
            jsonpatchoperationrolemining,
        }
    }

    /// Retrieves the applications of a potential role for a role mining session
    ///
    /// This method returns the applications of a potential role for a role mining session.
    ///
    /// `GET /role-mining-sessions/v1/{sessionId}/potential-role-summaries/{potentialRoleId}/applications` (`getPotentialRoleApplicationsV1`)
    #[inline]
    pub fn get_potential_role_applications_v1(
        &self,
        session_id: impl Into<String>,
        potential_role_id: impl Into<String>,
    ) -> GetPotentialRoleApplicationsV1 {
        GetPotentialRoleApplicationsV1 {
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
    /// `GET /role-mining-sessions/v1/{sessionId}/potential-role-summaries/{potentialRoleId}/entitlements` (`getPotentialRoleEntitlementsV1`)
    #[inline]
    pub fn get_potential_role_entitlements_v1(
        &self,
        session_id: impl Into<String>,
        potential_role_id: impl Into<String>,
    ) -> GetPotentialRoleEntitlementsV1 {
        GetPotentialRoleEntitlementsV1 {
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
    /// `GET /role-mining-sessions/v1/{sessionId}/potential-roles/{potentialRoleId}/entitlement-popularities` (`getEntitlementsPotentialRoleV1`)
    #[inline]
    pub fn get_entitlements_potential_role_v1(
        &self,
        session_id: impl Into<String>,
        potential_role_id: impl Into<String>,
    ) -> GetEntitlementsPotentialRoleV1 {
        GetEntitlementsPotentialRoleV1 {
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
    /// `GET /role-mining-sessions/v1/{sessionId}/potential-roles/{potentialRoleId}/entitlement-popularity-distribution` (`getEntitlementDistributionPotentialRoleV1`)
    #[inline]
    pub fn get_entitlement_distribution_potential_role_v1(
        &self,
        session_id: impl Into<String>,
        potential_role_id: impl Into<String>,
    ) -> GetEntitlementDistributionPotentialRoleV1 {
        GetEntitlementDistributionPotentialRoleV1 {
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
    /// `POST /role-mining-sessions/v1/{sessionId}/potential-roles/{potentialRoleId}/edit-entitlements` (`updateEntitlementsPotentialRoleV1`)
    #[inline]
    pub fn update_entitlements_potential_role_v1(
        &self,
        session_id: impl Into<String>,
        potential_role_id: impl Into<String>,
        roleminingpotentialroleeditentitlements: models::Roleminingpotentialroleeditentitlements,
    ) -> UpdateEntitlementsPotentialRoleV1 {
        UpdateEntitlementsPotentialRoleV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            session_id: session_id.into(),
            potential_role_id: potential_role_id.into(),
            roleminingpotentialroleeditentitlements,
        }
    }

    /// Retrieves identities for a potential role in a role mining session
    ///
    /// This method returns identities for a potential role in a role mining session.
    ///
    /// `GET /role-mining-sessions/v1/{sessionId}/potential-roles/{potentialRoleId}/identities` (`getIdentitiesPotentialRoleV1`)
    #[inline]
    pub fn get_identities_potential_role_v1(
        &self,
        session_id: impl Into<String>,
        potential_role_id: impl Into<String>,
    ) -> GetIdentitiesPotentialRoleV1 {
        GetIdentitiesPotentialRoleV1 {
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
    /// `GET /role-mining-sessions/v1/{sessionId}/potential-roles/{potentialRoleId}/export` (`exportRoleMiningPotentialRoleV1`)
    #[inline]
    pub fn export_role_mining_potential_role_v1(
        &self,
        session_id: impl Into<String>,
        potential_role_id: impl Into<String>,
    ) -> ExportRoleMiningPotentialRoleV1 {
        ExportRoleMiningPotentialRoleV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            session_id: session_id.into(),
            potential_role_id: potential_role_id.into(),
        }
    }

    /// Asynchronously export details for a potential role in a role mining session and upload to S3
    ///
    /// This endpoint uploads all the information for a potential role in a role mining session to S3 as a downloadable zip archive.  Includes identities and entitlements in the potential role.
    ///
    /// `POST /role-mining-sessions/v1/{sessionId}/potential-roles/{potentialRoleId}/export-async` (`exportRoleMiningPotentialRoleAsyncV1`)
    #[inline]
    pub fn export_role_mining_potential_role_async_v1(
        &self,
        session_id: impl Into<String>,
        potential_role_id: impl Into<String>,
    ) -> ExportRoleMiningPotentialRoleAsyncV1 {
        ExportRoleMiningPotentialRoleAsyncV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            session_id: session_id.into(),
            potential_role_id: potential_role_id.into(),
            roleminingpotentialroleexportrequest: None,
        }
    }

    /// Retrieve status of a potential role export job
    ///
    /// This endpoint retrieves information about the current status of a potential role export.
    ///
    /// `GET /role-mining-sessions/v1/{sessionId}/potential-roles/{potentialRoleId}/export-async/{exportId}` (`exportRoleMiningPotentialRoleStatusV1`)
    #[inline]
    pub fn export_role_mining_potential_role_status_v1(
        &self,
        session_id: impl Into<String>,
        potential_role_id: impl Into<String>,
        export_id: impl Into<String>,
    ) -> ExportRoleMiningPotentialRoleStatusV1 {
        ExportRoleMiningPotentialRoleStatusV1 {
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
    /// `GET /role-mining-sessions/v1/{sessionId}/potential-roles/{potentialRoleId}/export-async/{exportId}/download` (`downloadRoleMiningPotentialRoleZipV1`)
    #[inline]
    pub fn download_role_mining_potential_role_zip_v1(
        &self,
        session_id: impl Into<String>,
        potential_role_id: impl Into<String>,
        export_id: impl Into<String>,
    ) -> DownloadRoleMiningPotentialRoleZipV1 {
        DownloadRoleMiningPotentialRoleZipV1 {
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
    /// `POST /role-mining-sessions/v1/{sessionId}/potential-roles/{potentialRoleId}/provision` (`createPotentialRoleProvisionRequestV1`)
    #[inline]
    pub fn create_potential_role_provision_request_v1(
        &self,
        session_id: impl Into<String>,
        potential_role_id: impl Into<String>,
    ) -> CreatePotentialRoleProvisionRequestV1 {
        CreatePotentialRoleProvisionRequestV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            session_id: session_id.into(),
            potential_role_id: potential_role_id.into(),
            min_entitlement_popularity: None,
            include_common_access: None,
            roleminingpotentialroleprovisionrequest: None,
        }
    }

    /// Retrieves excluded entitlements for a potential role in a role mining session
    ///
    /// This method returns excluded entitlements for a potential role in a role mining session.
    ///
    /// `GET /role-mining-sessions/v1/{sessionId}/potential-roles/{potentialRoleId}/excluded-entitlements` (`getExcludedEntitlementsPotentialRoleV1`)
    #[inline]
    pub fn get_excluded_entitlements_potential_role_v1(
        &self,
        session_id: impl Into<String>,
        potential_role_id: impl Into<String>,
    ) -> GetExcludedEntitlementsPotentialRoleV1 {
        GetExcludedEntitlementsPotentialRoleV1 {
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
    /// `GET /role-mining-potential-roles/v1` (`getAllPotentialRoleSummariesV1`)
    #[inline]
    pub fn get_all_potential_role_summaries_v1(&self) -> GetAllPotentialRoleSummariesV1 {
        GetAllPotentialRoleSummariesV1 {
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
    /// `GET /role-mining-potential-roles/v1/{potentialRoleId}` (`getRoleMiningPotentialRoleV1`)
    #[inline]
    pub fn get_role_mining_potential_role_v1(
        &self,
        potential_role_id: impl Into<String>,
    ) -> GetRoleMiningPotentialRoleV1 {
        GetRoleMiningPotentialRoleV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            potential_role_id: potential_role_id.into(),
        }
    }

    /// Update a potential role
    ///
    /// The method updates an existing potential role using.
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
    /// `PATCH /role-mining-potential-roles/v1/{potentialRoleId}` (`patchPotentialRoleV1`)
    #[inline]
    pub fn patch_potential_role_v1(
        &self,
        potential_role_id: impl Into<String>,
        jsonpatchoperationrolemining: Vec<models::Jsonpatchoperationrolemining>,
    ) -> PatchPotentialRoleV1 {
        PatchPotentialRoleV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            potential_role_id: potential_role_id.into(),
            jsonpatchoperationrolemining,
        }
    }

    /// Retrieves all saved potential roles
    ///
    /// This method returns all saved potential roles (draft roles).
    ///
    /// `GET /role-mining-potential-roles/v1/saved` (`getSavedPotentialRolesV1`)
    #[inline]
    pub fn get_saved_potential_roles_v1(&self) -> GetSavedPotentialRolesV1 {
        GetSavedPotentialRolesV1 {
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
    /// `GET /role-mining-potential-roles/v1/{potentialRoleId}/sources/{sourceId}/identityUsage` (`getPotentialRoleSourceIdentityUsageV1`)
    #[inline]
    pub fn get_potential_role_source_identity_usage_v1(
        &self,
        potential_role_id: impl Into<String>,
        source_id: impl Into<String>,
    ) -> GetPotentialRoleSourceIdentityUsageV1 {
        GetPotentialRoleSourceIdentityUsageV1 {
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

/// The error statuses of [`IaiRoleMiningApi::get_role_mining_sessions_v1`](IaiRoleMiningApi::get_role_mining_sessions_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type GetRoleMiningSessionsV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`IaiRoleMiningApi::get_role_mining_sessions_v1`](IaiRoleMiningApi::get_role_mining_sessions_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetRoleMiningSessionsV1 {
    client: crate::Client,
    options: crate::request::Options,
    filters: Option<String>,
    sorters: Option<String>,
    offset: Option<i32>,
    limit: Option<i32>,
    count: Option<bool>,
    listing: crate::pagination::Listing,
}

impl GetRoleMiningSessionsV1 {
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

    /// Sends the request: `GET /role-mining-sessions/v1`; returns one page.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::Roleminingsessiondto>,
            crate::SdkError<GetRoleMiningSessionsV1Error>,
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
            crate::Page<models::Roleminingsessiondto>,
            crate::SdkError<GetRoleMiningSessionsV1Error>,
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
            models::Roleminingsessiondto,
            crate::SdkError<GetRoleMiningSessionsV1Error>,
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
            crate::Response<Vec<models::Roleminingsessiondto>>,
            crate::SdkError<GetRoleMiningSessionsV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getRoleMiningSessionsV1",
            self.options,
            move |client| {
                let path = "/role-mining-sessions/v1";
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
                request = request.header("X-SailPoint-Experimental", "true");
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`IaiRoleMiningApi::create_role_mining_sessions_v1`](IaiRoleMiningApi::create_role_mining_sessions_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type CreateRoleMiningSessionsV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`IaiRoleMiningApi::create_role_mining_sessions_v1`](IaiRoleMiningApi::create_role_mining_sessions_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateRoleMiningSessionsV1 {
    client: crate::Client,
    options: crate::request::Options,
    roleminingsessiondto: models::Roleminingsessiondto,
}

impl CreateRoleMiningSessionsV1 {
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

    /// Sends the request: `POST /role-mining-sessions/v1`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Roleminingsessionresponse,
            crate::SdkError<CreateRoleMiningSessionsV1Error>,
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
            crate::Response<models::Roleminingsessionresponse>,
            crate::SdkError<CreateRoleMiningSessionsV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "createRoleMiningSessionsV1",
            self.options,
            move |client| {
                let path = "/role-mining-sessions/v1";
                let mut request = client.request(reqwest::Method::POST, path);
                request = request.header("X-SailPoint-Experimental", "true");
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.roleminingsessiondto;
                    request = crate::request::with_json(
                        "createRoleMiningSessionsV1",
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

/// The error statuses of [`IaiRoleMiningApi::get_role_mining_session_v1`](IaiRoleMiningApi::get_role_mining_session_v1), each with the body the spec declares.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetRoleMiningSessionV1Error {
    /// 400: Client Error - Returned if the request body is invalid.
    BadRequest(models::Errorresponsedto),
    /// 401: Client Error - Returned if the request body is invalid.
    Unauthorized(models::Errorresponsedto),
    /// 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
    Forbidden(models::Errorresponsedto),
    /// 404: Not Found - returned if the request URL refers to a resource or object that does not exist
    NotFound(models::Errorresponsedto),
    /// 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
    TooManyRequests(models::Error429Response),
    /// 500: Internal Server Error - Returned if there is an unexpected error.
    InternalServerError(models::Errorresponsedto),
    /// A status the spec does not declare here, an empty body or one that is not JSON: see the raw response in [`crate::ServiceError`].
    Other,
}

impl crate::OperationError for GetRoleMiningSessionV1Error {
    fn decode(status: u16, body: &[u8]) -> Result<Self, crate::DecodeFailure> {
        let empty = body.trim_ascii().is_empty();
        Ok(
            match status {
                400 if !empty => {
                    GetRoleMiningSessionV1Error::BadRequest(
                        crate::request::decode_body(body)?,
                    )
                }
                401 if !empty => {
                    GetRoleMiningSessionV1Error::Unauthorized(
                        crate::request::decode_body(body)?,
                    )
                }
                403 if !empty => {
                    GetRoleMiningSessionV1Error::Forbidden(
                        crate::request::decode_body(body)?,
                    )
                }
                404 if !empty => {
                    GetRoleMiningSessionV1Error::NotFound(
                        crate::request::decode_body(body)?,
                    )
                }
                429 if !empty => {
                    GetRoleMiningSessionV1Error::TooManyRequests(
                        crate::request::decode_body(body)?,
                    )
                }
                500 if !empty => {
                    GetRoleMiningSessionV1Error::InternalServerError(
                        crate::request::decode_body(body)?,
                    )
                }
                _ => GetRoleMiningSessionV1Error::Other,
            },
        )
    }

    fn undeclared() -> Self {
        GetRoleMiningSessionV1Error::Other
    }
}

/// The request of [`IaiRoleMiningApi::get_role_mining_session_v1`](IaiRoleMiningApi::get_role_mining_session_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetRoleMiningSessionV1 {
    client: crate::Client,
    options: crate::request::Options,
    session_id: String,
}

impl GetRoleMiningSessionV1 {
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

    /// Sends the request: `GET /role-mining-sessions/v1/{sessionId}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Roleminingsessionresponse,
            crate::SdkError<GetRoleMiningSessionV1Error>,
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
            crate::Response<models::Roleminingsessionresponse>,
            crate::SdkError<GetRoleMiningSessionV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getRoleMiningSessionV1",
            self.options,
            move |client| {
                let path = [
                    "/role-mining-sessions/v1/",
                    &crate::request::path_segment(&self.session_id),
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

/// The error statuses of [`IaiRoleMiningApi::patch_role_mining_session_v1`](IaiRoleMiningApi::patch_role_mining_session_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type PatchRoleMiningSessionV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`IaiRoleMiningApi::patch_role_mining_session_v1`](IaiRoleMiningApi::patch_role_mining_session_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PatchRoleMiningSessionV1 {
    client: crate::Client,
    options: crate::request::Options,
    session_id: String,
    jsonpatchoperation: Vec<models::Jsonpatchoperation>,
}

impl PatchRoleMiningSessionV1 {
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

    /// Sends the request: `PATCH /role-mining-sessions/v1/{sessionId}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            serde_json::Map<String, serde_json::Value>,
            crate::SdkError<PatchRoleMiningSessionV1Error>,
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
            crate::SdkError<PatchRoleMiningSessionV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "patchRoleMiningSessionV1",
            self.options,
            move |client| {
                let path = [
                    "/role-mining-sessions/v1/",
                    &crate::request::path_segment(&self.session_id),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::PATCH, &path);
                request = request.header("X-SailPoint-Experimental", "true");
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.jsonpatchoperation;
                    request = crate::request::with_json(
                        "patchRoleMiningSessionV1",
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

/// The error statuses of [`IaiRoleMiningApi::get_role_mining_session_status_v1`](IaiRoleMiningApi::get_role_mining_session_status_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_500`](crate::apis::errors::Errors400_401_403_500).
pub type GetRoleMiningSessionStatusV1Error = crate::apis::errors::Errors400_401_403_500;

/// The request of [`IaiRoleMiningApi::get_role_mining_session_status_v1`](IaiRoleMiningApi::get_role_mining_session_status_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetRoleMiningSessionStatusV1 {
    client: crate::Client,
    options: crate::request::Options,
    session_id: String,
}

impl GetRoleMiningSessionStatusV1 {
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

    /// Sends the request: `GET /role-mining-sessions/v1/{sessionId}/status`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Roleminingsessionstatus,
            crate::SdkError<GetRoleMiningSessionStatusV1Error>,
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
            crate::Response<models::Roleminingsessionstatus>,
            crate::SdkError<GetRoleMiningSessionStatusV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getRoleMiningSessionStatusV1",
            self.options,
            move |client| {
                let path = [
                    "/role-mining-sessions/v1/",
                    &crate::request::path_segment(&self.session_id),
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

/// The error statuses of [`IaiRoleMiningApi::get_potential_role_summaries_v1`](IaiRoleMiningApi::get_potential_role_summaries_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type GetPotentialRoleSummariesV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`IaiRoleMiningApi::get_potential_role_summaries_v1`](IaiRoleMiningApi::get_potential_role_summaries_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetPotentialRoleSummariesV1 {
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

impl GetPotentialRoleSummariesV1 {
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

    /// Sends the request: `GET /role-mining-sessions/v1/{sessionId}/potential-role-summaries`; returns one page.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::Roleminingpotentialrolesummary>,
            crate::SdkError<GetPotentialRoleSummariesV1Error>,
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
            crate::Page<models::Roleminingpotentialrolesummary>,
            crate::SdkError<GetPotentialRoleSummariesV1Error>,
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
            models::Roleminingpotentialrolesummary,
            crate::SdkError<GetPotentialRoleSummariesV1Error>,
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
            crate::Response<Vec<models::Roleminingpotentialrolesummary>>,
            crate::SdkError<GetPotentialRoleSummariesV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getPotentialRoleSummariesV1",
            self.options,
            move |client| {
                let path = [
                    "/role-mining-sessions/v1/",
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
                request = request.header("X-SailPoint-Experimental", "true");
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`IaiRoleMiningApi::get_potential_role_v1`](IaiRoleMiningApi::get_potential_role_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type GetPotentialRoleV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`IaiRoleMiningApi::get_potential_role_v1`](IaiRoleMiningApi::get_potential_role_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetPotentialRoleV1 {
    client: crate::Client,
    options: crate::request::Options,
    session_id: String,
    potential_role_id: String,
}

impl GetPotentialRoleV1 {
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

    /// Sends the request: `GET /role-mining-sessions/v1/{sessionId}/potential-role-summaries/{potentialRoleId}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Roleminingpotentialrole,
            crate::SdkError<GetPotentialRoleV1Error>,
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
            crate::Response<models::Roleminingpotentialrole>,
            crate::SdkError<GetPotentialRoleV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getPotentialRoleV1",
            self.options,
            move |client| {
                let path = [
                    "/role-mining-sessions/v1/",
                    &crate::request::path_segment(&self.session_id),
                    "/potential-role-summaries/",
                    &crate::request::path_segment(&self.potential_role_id),
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

/// The error statuses of [`IaiRoleMiningApi::patch_potential_role_session_v1`](IaiRoleMiningApi::patch_potential_role_session_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type PatchPotentialRoleSessionV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`IaiRoleMiningApi::patch_potential_role_session_v1`](IaiRoleMiningApi::patch_potential_role_session_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PatchPotentialRoleSessionV1 {
    client: crate::Client,
    options: crate::request::Options,
    session_id: String,
    potential_role_id: String,
    jsonpatchoperationrolemining: Vec<models::Jsonpatchoperationrolemining>,
}

impl PatchPotentialRoleSessionV1 {
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

    /// Sends the request: `PATCH /role-mining-sessions/v1/{sessionId}/potential-role-summaries/{potentialRoleId}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            serde_json::Map<String, serde_json::Value>,
            crate::SdkError<PatchPotentialRoleSessionV1Error>,
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
            crate::SdkError<PatchPotentialRoleSessionV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "patchPotentialRoleSessionV1",
            self.options,
            move |client| {
                let path = [
                    "/role-mining-sessions/v1/",
                    &crate::request::path_segment(&self.session_id),
                    "/potential-role-summaries/",
                    &crate::request::path_segment(&self.potential_role_id),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::PATCH, &path);
                request = request.header("X-SailPoint-Experimental", "true");
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.jsonpatchoperationrolemining;
                    request = crate::request::with_json(
                        "patchPotentialRoleSessionV1",
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

/// The error statuses of [`IaiRoleMiningApi::get_potential_role_applications_v1`](IaiRoleMiningApi::get_potential_role_applications_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type GetPotentialRoleApplicationsV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`IaiRoleMiningApi::get_potential_role_applications_v1`](IaiRoleMiningApi::get_potential_role_applications_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetPotentialRoleApplicationsV1 {
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

impl GetPotentialRoleApplicationsV1 {
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

    /// Sends the request: `GET /role-mining-sessions/v1/{sessionId}/potential-role-summaries/{potentialRoleId}/applications`; returns one page.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::Roleminingpotentialroleapplication>,
            crate::SdkError<GetPotentialRoleApplicationsV1Error>,
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
            crate::Page<models::Roleminingpotentialroleapplication>,
            crate::SdkError<GetPotentialRoleApplicationsV1Error>,
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
            models::Roleminingpotentialroleapplication,
            crate::SdkError<GetPotentialRoleApplicationsV1Error>,
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
            crate::Response<Vec<models::Roleminingpotentialroleapplication>>,
            crate::SdkError<GetPotentialRoleApplicationsV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getPotentialRoleApplicationsV1",
            self.options,
            move |client| {
                let path = [
                    "/role-mining-sessions/v1/",
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
                request = request.header("X-SailPoint-Experimental", "true");
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`IaiRoleMiningApi::get_potential_role_entitlements_v1`](IaiRoleMiningApi::get_potential_role_entitlements_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type GetPotentialRoleEntitlementsV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`IaiRoleMiningApi::get_potential_role_entitlements_v1`](IaiRoleMiningApi::get_potential_role_entitlements_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetPotentialRoleEntitlementsV1 {
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

impl GetPotentialRoleEntitlementsV1 {
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

    /// Sends the request: `GET /role-mining-sessions/v1/{sessionId}/potential-role-summaries/{potentialRoleId}/entitlements`; returns one page.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::Roleminingpotentialroleentitlements>,
            crate::SdkError<GetPotentialRoleEntitlementsV1Error>,
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
            crate::Page<models::Roleminingpotentialroleentitlements>,
            crate::SdkError<GetPotentialRoleEntitlementsV1Error>,
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
            models::Roleminingpotentialroleentitlements,
            crate::SdkError<GetPotentialRoleEntitlementsV1Error>,
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
            crate::Response<Vec<models::Roleminingpotentialroleentitlements>>,
            crate::SdkError<GetPotentialRoleEntitlementsV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getPotentialRoleEntitlementsV1",
            self.options,
            move |client| {
                let path = [
                    "/role-mining-sessions/v1/",
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
                request = request.header("X-SailPoint-Experimental", "true");
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`IaiRoleMiningApi::get_entitlements_potential_role_v1`](IaiRoleMiningApi::get_entitlements_potential_role_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type GetEntitlementsPotentialRoleV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`IaiRoleMiningApi::get_entitlements_potential_role_v1`](IaiRoleMiningApi::get_entitlements_potential_role_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetEntitlementsPotentialRoleV1 {
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

impl GetEntitlementsPotentialRoleV1 {
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

    /// Sends the request: `GET /role-mining-sessions/v1/{sessionId}/potential-roles/{potentialRoleId}/entitlement-popularities`; returns one page.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::Roleminingentitlement>,
            crate::SdkError<GetEntitlementsPotentialRoleV1Error>,
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
            crate::Page<models::Roleminingentitlement>,
            crate::SdkError<GetEntitlementsPotentialRoleV1Error>,
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
            models::Roleminingentitlement,
            crate::SdkError<GetEntitlementsPotentialRoleV1Error>,
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
            crate::Response<Vec<models::Roleminingentitlement>>,
            crate::SdkError<GetEntitlementsPotentialRoleV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getEntitlementsPotentialRoleV1",
            self.options,
            move |client| {
                let path = [
                    "/role-mining-sessions/v1/",
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
                request = request.header("X-SailPoint-Experimental", "true");
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`IaiRoleMiningApi::get_entitlement_distribution_potential_role_v1`](IaiRoleMiningApi::get_entitlement_distribution_potential_role_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_500`](crate::apis::errors::Errors400_401_403_500).
pub type GetEntitlementDistributionPotentialRoleV1Error = crate::apis::errors::Errors400_401_403_500;

/// The request of [`IaiRoleMiningApi::get_entitlement_distribution_potential_role_v1`](IaiRoleMiningApi::get_entitlement_distribution_potential_role_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetEntitlementDistributionPotentialRoleV1 {
    client: crate::Client,
    options: crate::request::Options,
    session_id: String,
    potential_role_id: String,
    include_common_access: Option<bool>,
}

impl GetEntitlementDistributionPotentialRoleV1 {
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

    /// Sends the request: `GET /role-mining-sessions/v1/{sessionId}/potential-roles/{potentialRoleId}/entitlement-popularity-distribution`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            std::collections::BTreeMap<String, i64>,
            crate::SdkError<GetEntitlementDistributionPotentialRoleV1Error>,
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
            crate::SdkError<GetEntitlementDistributionPotentialRoleV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getEntitlementDistributionPotentialRoleV1",
            self.options,
            move |client| {
                let path = [
                    "/role-mining-sessions/v1/",
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
                request = request.header("X-SailPoint-Experimental", "true");
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`IaiRoleMiningApi::update_entitlements_potential_role_v1`](IaiRoleMiningApi::update_entitlements_potential_role_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_500`](crate::apis::errors::Errors400_401_403_500).
pub type UpdateEntitlementsPotentialRoleV1Error = crate::apis::errors::Errors400_401_403_500;

/// The request of [`IaiRoleMiningApi::update_entitlements_potential_role_v1`](IaiRoleMiningApi::update_entitlements_potential_role_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateEntitlementsPotentialRoleV1 {
    client: crate::Client,
    options: crate::request::Options,
    session_id: String,
    potential_role_id: String,
    roleminingpotentialroleeditentitlements: models::Roleminingpotentialroleeditentitlements,
}

impl UpdateEntitlementsPotentialRoleV1 {
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

    /// Sends the request: `POST /role-mining-sessions/v1/{sessionId}/potential-roles/{potentialRoleId}/edit-entitlements`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Roleminingpotentialrole,
            crate::SdkError<UpdateEntitlementsPotentialRoleV1Error>,
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
            crate::Response<models::Roleminingpotentialrole>,
            crate::SdkError<UpdateEntitlementsPotentialRoleV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "updateEntitlementsPotentialRoleV1",
            self.options,
            move |client| {
                let path = [
                    "/role-mining-sessions/v1/",
                    &crate::request::path_segment(&self.session_id),
                    "/potential-roles/",
                    &crate::request::path_segment(&self.potential_role_id),
                    "/edit-entitlements",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::POST, &path);
                request = request.header("X-SailPoint-Experimental", "true");
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.roleminingpotentialroleeditentitlements;
                    request = crate::request::with_json(
                        "updateEntitlementsPotentialRoleV1",
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

/// The error statuses of [`IaiRoleMiningApi::get_identities_potential_role_v1`](IaiRoleMiningApi::get_identities_potential_role_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_500`](crate::apis::errors::Errors400_401_403_500).
pub type GetIdentitiesPotentialRoleV1Error = crate::apis::errors::Errors400_401_403_500;

/// The request of [`IaiRoleMiningApi::get_identities_potential_role_v1`](IaiRoleMiningApi::get_identities_potential_role_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetIdentitiesPotentialRoleV1 {
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

impl GetIdentitiesPotentialRoleV1 {
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

    /// Sends the request: `GET /role-mining-sessions/v1/{sessionId}/potential-roles/{potentialRoleId}/identities`; returns one page.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::Roleminingidentity>,
            crate::SdkError<GetIdentitiesPotentialRoleV1Error>,
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
            crate::Page<models::Roleminingidentity>,
            crate::SdkError<GetIdentitiesPotentialRoleV1Error>,
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
            models::Roleminingidentity,
            crate::SdkError<GetIdentitiesPotentialRoleV1Error>,
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
            crate::Response<Vec<models::Roleminingidentity>>,
            crate::SdkError<GetIdentitiesPotentialRoleV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getIdentitiesPotentialRoleV1",
            self.options,
            move |client| {
                let path = [
                    "/role-mining-sessions/v1/",
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
                request = request.header("X-SailPoint-Experimental", "true");
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`IaiRoleMiningApi::export_role_mining_potential_role_v1`](IaiRoleMiningApi::export_role_mining_potential_role_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_500`](crate::apis::errors::Errors400_401_403_500).
pub type ExportRoleMiningPotentialRoleV1Error = crate::apis::errors::Errors400_401_403_500;

/// The request of [`IaiRoleMiningApi::export_role_mining_potential_role_v1`](IaiRoleMiningApi::export_role_mining_potential_role_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ExportRoleMiningPotentialRoleV1 {
    client: crate::Client,
    options: crate::request::Options,
    session_id: String,
    potential_role_id: String,
}

impl ExportRoleMiningPotentialRoleV1 {
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

    /// Sends the request: `GET /role-mining-sessions/v1/{sessionId}/potential-roles/{potentialRoleId}/export`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<Vec<u8>, crate::SdkError<ExportRoleMiningPotentialRoleV1Error>>,
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
            crate::SdkError<ExportRoleMiningPotentialRoleV1Error>,
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
            crate::SdkError<ExportRoleMiningPotentialRoleV1Error>,
        >,
    > {
        crate::request::streaming(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "exportRoleMiningPotentialRoleV1",
            self.options,
            move |client| {
                let path = [
                    "/role-mining-sessions/v1/",
                    &crate::request::path_segment(&self.session_id),
                    "/potential-roles/",
                    &crate::request::path_segment(&self.potential_role_id),
                    "/export",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                request = request.header("X-SailPoint-Experimental", "true");
                request = request.header(reqwest::header::ACCEPT, "application/zip");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`IaiRoleMiningApi::export_role_mining_potential_role_async_v1`](IaiRoleMiningApi::export_role_mining_potential_role_async_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_500`](crate::apis::errors::Errors400_401_403_500).
pub type ExportRoleMiningPotentialRoleAsyncV1Error = crate::apis::errors::Errors400_401_403_500;

/// The request of [`IaiRoleMiningApi::export_role_mining_potential_role_async_v1`](IaiRoleMiningApi::export_role_mining_potential_role_async_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ExportRoleMiningPotentialRoleAsyncV1 {
    client: crate::Client,
    options: crate::request::Options,
    session_id: String,
    potential_role_id: String,
    roleminingpotentialroleexportrequest: Option<
        models::Roleminingpotentialroleexportrequest,
    >,
}

impl ExportRoleMiningPotentialRoleAsyncV1 {
    /// The request body.
    #[inline]
    pub fn roleminingpotentialroleexportrequest(
        mut self,
        roleminingpotentialroleexportrequest: models::Roleminingpotentialroleexportrequest,
    ) -> Self {
        self.roleminingpotentialroleexportrequest = Some(
            roleminingpotentialroleexportrequest,
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

    /// Sends the request: `POST /role-mining-sessions/v1/{sessionId}/potential-roles/{potentialRoleId}/export-async`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Roleminingpotentialroleexportresponse,
            crate::SdkError<ExportRoleMiningPotentialRoleAsyncV1Error>,
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
            crate::Response<models::Roleminingpotentialroleexportresponse>,
            crate::SdkError<ExportRoleMiningPotentialRoleAsyncV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "exportRoleMiningPotentialRoleAsyncV1",
            self.options,
            move |client| {
                let path = [
                    "/role-mining-sessions/v1/",
                    &crate::request::path_segment(&self.session_id),
                    "/potential-roles/",
                    &crate::request::path_segment(&self.potential_role_id),
                    "/export-async",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::POST, &path);
                request = request.header("X-SailPoint-Experimental", "true");
                request = request.header(reqwest::header::ACCEPT, "application/json");
                if let Some(value) = &self.roleminingpotentialroleexportrequest {
                    request = crate::request::with_json(
                        "exportRoleMiningPotentialRoleAsyncV1",
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

/// The error statuses of [`IaiRoleMiningApi::export_role_mining_potential_role_status_v1`](IaiRoleMiningApi::export_role_mining_potential_role_status_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_500`](crate::apis::errors::Errors400_401_403_500).
pub type ExportRoleMiningPotentialRoleStatusV1Error = crate::apis::errors::Errors400_401_403_500;

/// The request of [`IaiRoleMiningApi::export_role_mining_potential_role_status_v1`](IaiRoleMiningApi::export_role_mining_potential_role_status_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ExportRoleMiningPotentialRoleStatusV1 {
    client: crate::Client,
    options: crate::request::Options,
    session_id: String,
    potential_role_id: String,
    export_id: String,
}

impl ExportRoleMiningPotentialRoleStatusV1 {
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

    /// Sends the request: `GET /role-mining-sessions/v1/{sessionId}/potential-roles/{potentialRoleId}/export-async/{exportId}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Roleminingpotentialroleexportresponse,
            crate::SdkError<ExportRoleMiningPotentialRoleStatusV1Error>,
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
            crate::Response<models::Roleminingpotentialroleexportresponse>,
            crate::SdkError<ExportRoleMiningPotentialRoleStatusV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "exportRoleMiningPotentialRoleStatusV1",
            self.options,
            move |client| {
                let path = [
                    "/role-mining-sessions/v1/",
                    &crate::request::path_segment(&self.session_id),
                    "/potential-roles/",
                    &crate::request::path_segment(&self.potential_role_id),
                    "/export-async/",
                    &crate::request::path_segment(&self.export_id),
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

/// The error statuses of [`IaiRoleMiningApi::download_role_mining_potential_role_zip_v1`](IaiRoleMiningApi::download_role_mining_potential_role_zip_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_500`](crate::apis::errors::Errors400_401_403_500).
pub type DownloadRoleMiningPotentialRoleZipV1Error = crate::apis::errors::Errors400_401_403_500;

/// The request of [`IaiRoleMiningApi::download_role_mining_potential_role_zip_v1`](IaiRoleMiningApi::download_role_mining_potential_role_zip_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DownloadRoleMiningPotentialRoleZipV1 {
    client: crate::Client,
    options: crate::request::Options,
    session_id: String,
    potential_role_id: String,
    export_id: String,
}

impl DownloadRoleMiningPotentialRoleZipV1 {
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

    /// Sends the request: `GET /role-mining-sessions/v1/{sessionId}/potential-roles/{potentialRoleId}/export-async/{exportId}/download`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<u8>,
            crate::SdkError<DownloadRoleMiningPotentialRoleZipV1Error>,
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
            crate::SdkError<DownloadRoleMiningPotentialRoleZipV1Error>,
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
            crate::SdkError<DownloadRoleMiningPotentialRoleZipV1Error>,
        >,
    > {
        crate::request::streaming(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "downloadRoleMiningPotentialRoleZipV1",
            self.options,
            move |client| {
                let path = [
                    "/role-mining-sessions/v1/",
                    &crate::request::path_segment(&self.session_id),
                    "/potential-roles/",
                    &crate::request::path_segment(&self.potential_role_id),
                    "/export-async/",
                    &crate::request::path_segment(&self.export_id),
                    "/download",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                request = request.header("X-SailPoint-Experimental", "true");
                request = request.header(reqwest::header::ACCEPT, "application/zip");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`IaiRoleMiningApi::create_potential_role_provision_request_v1`](IaiRoleMiningApi::create_potential_role_provision_request_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_500`](crate::apis::errors::Errors400_401_403_404_500).
pub type CreatePotentialRoleProvisionRequestV1Error = crate::apis::errors::Errors400_401_403_404_500;

/// The request of [`IaiRoleMiningApi::create_potential_role_provision_request_v1`](IaiRoleMiningApi::create_potential_role_provision_request_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreatePotentialRoleProvisionRequestV1 {
    client: crate::Client,
    options: crate::request::Options,
    session_id: String,
    potential_role_id: String,
    min_entitlement_popularity: Option<i64>,
    include_common_access: Option<bool>,
    roleminingpotentialroleprovisionrequest: Option<
        models::Roleminingpotentialroleprovisionrequest,
    >,
}

impl CreatePotentialRoleProvisionRequestV1 {
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
    pub fn roleminingpotentialroleprovisionrequest(
        mut self,
        roleminingpotentialroleprovisionrequest: models::Roleminingpotentialroleprovisionrequest,
    ) -> Self {
        self.roleminingpotentialroleprovisionrequest = Some(
            roleminingpotentialroleprovisionrequest,
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

    /// Sends the request: `POST /role-mining-sessions/v1/{sessionId}/potential-roles/{potentialRoleId}/provision`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Roleminingpotentialrolesummary,
            crate::SdkError<CreatePotentialRoleProvisionRequestV1Error>,
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
            crate::Response<models::Roleminingpotentialrolesummary>,
            crate::SdkError<CreatePotentialRoleProvisionRequestV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "createPotentialRoleProvisionRequestV1",
            self.options,
            move |client| {
                let path = [
                    "/role-mining-sessions/v1/",
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
                request = request.header("X-SailPoint-Experimental", "true");
                request = request.header(reqwest::header::ACCEPT, "application/json");
                if let Some(value) = &self.roleminingpotentialroleprovisionrequest {
                    request = crate::request::with_json(
                        "createPotentialRoleProvisionRequestV1",
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

/// The error statuses of [`IaiRoleMiningApi::get_excluded_entitlements_potential_role_v1`](IaiRoleMiningApi::get_excluded_entitlements_potential_role_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_500`](crate::apis::errors::Errors400_401_403_500).
pub type GetExcludedEntitlementsPotentialRoleV1Error = crate::apis::errors::Errors400_401_403_500;

/// The request of [`IaiRoleMiningApi::get_excluded_entitlements_potential_role_v1`](IaiRoleMiningApi::get_excluded_entitlements_potential_role_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetExcludedEntitlementsPotentialRoleV1 {
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

impl GetExcludedEntitlementsPotentialRoleV1 {
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

    /// Sends the request: `GET /role-mining-sessions/v1/{sessionId}/potential-roles/{potentialRoleId}/excluded-entitlements`; returns one page.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::Roleminingentitlement>,
            crate::SdkError<GetExcludedEntitlementsPotentialRoleV1Error>,
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
            crate::Page<models::Roleminingentitlement>,
            crate::SdkError<GetExcludedEntitlementsPotentialRoleV1Error>,
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
            models::Roleminingentitlement,
            crate::SdkError<GetExcludedEntitlementsPotentialRoleV1Error>,
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
            crate::Response<Vec<models::Roleminingentitlement>>,
            crate::SdkError<GetExcludedEntitlementsPotentialRoleV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getExcludedEntitlementsPotentialRoleV1",
            self.options,
            move |client| {
                let path = [
                    "/role-mining-sessions/v1/",
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
                request = request.header("X-SailPoint-Experimental", "true");
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`IaiRoleMiningApi::get_all_potential_role_summaries_v1`](IaiRoleMiningApi::get_all_potential_role_summaries_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type GetAllPotentialRoleSummariesV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`IaiRoleMiningApi::get_all_potential_role_summaries_v1`](IaiRoleMiningApi::get_all_potential_role_summaries_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetAllPotentialRoleSummariesV1 {
    client: crate::Client,
    options: crate::request::Options,
    sorters: Option<String>,
    filters: Option<String>,
    offset: Option<i32>,
    limit: Option<i32>,
    count: Option<bool>,
    listing: crate::pagination::Listing,
}

impl GetAllPotentialRoleSummariesV1 {
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

    /// Sends the request: `GET /role-mining-potential-roles/v1`; returns one page.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::Roleminingpotentialrolesummary>,
            crate::SdkError<GetAllPotentialRoleSummariesV1Error>,
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
            crate::Page<models::Roleminingpotentialrolesummary>,
            crate::SdkError<GetAllPotentialRoleSummariesV1Error>,
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
            models::Roleminingpotentialrolesummary,
            crate::SdkError<GetAllPotentialRoleSummariesV1Error>,
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
            crate::Response<Vec<models::Roleminingpotentialrolesummary>>,
            crate::SdkError<GetAllPotentialRoleSummariesV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getAllPotentialRoleSummariesV1",
            self.options,
            move |client| {
                let path = "/role-mining-potential-roles/v1";
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
                request = request.header("X-SailPoint-Experimental", "true");
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`IaiRoleMiningApi::get_role_mining_potential_role_v1`](IaiRoleMiningApi::get_role_mining_potential_role_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type GetRoleMiningPotentialRoleV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`IaiRoleMiningApi::get_role_mining_potential_role_v1`](IaiRoleMiningApi::get_role_mining_potential_role_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetRoleMiningPotentialRoleV1 {
    client: crate::Client,
    options: crate::request::Options,
    potential_role_id: String,
}

impl GetRoleMiningPotentialRoleV1 {
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

    /// Sends the request: `GET /role-mining-potential-roles/v1/{potentialRoleId}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Roleminingpotentialrole,
            crate::SdkError<GetRoleMiningPotentialRoleV1Error>,
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
            crate::Response<models::Roleminingpotentialrole>,
            crate::SdkError<GetRoleMiningPotentialRoleV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getRoleMiningPotentialRoleV1",
            self.options,
            move |client| {
                let path = [
                    "/role-mining-potential-roles/v1/",
                    &crate::request::path_segment(&self.potential_role_id),
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

/// The error statuses of [`IaiRoleMiningApi::patch_potential_role_v1`](IaiRoleMiningApi::patch_potential_role_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type PatchPotentialRoleV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`IaiRoleMiningApi::patch_potential_role_v1`](IaiRoleMiningApi::patch_potential_role_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PatchPotentialRoleV1 {
    client: crate::Client,
    options: crate::request::Options,
    potential_role_id: String,
    jsonpatchoperationrolemining: Vec<models::Jsonpatchoperationrolemining>,
}

impl PatchPotentialRoleV1 {
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

    /// Sends the request: `PATCH /role-mining-potential-roles/v1/{potentialRoleId}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            serde_json::Map<String, serde_json::Value>,
            crate::SdkError<PatchPotentialRoleV1Error>,
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
            crate::SdkError<PatchPotentialRoleV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "patchPotentialRoleV1",
            self.options,
            move |client| {
                let path = [
                    "/role-mining-potential-roles/v1/",
                    &crate::request::path_segment(&self.potential_role_id),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::PATCH, &path);
                request = request.header("X-SailPoint-Experimental", "true");
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.jsonpatchoperationrolemining;
                    request = crate::request::with_json(
                        "patchPotentialRoleV1",
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

/// The error statuses of [`IaiRoleMiningApi::get_saved_potential_roles_v1`](IaiRoleMiningApi::get_saved_potential_roles_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type GetSavedPotentialRolesV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`IaiRoleMiningApi::get_saved_potential_roles_v1`](IaiRoleMiningApi::get_saved_potential_roles_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetSavedPotentialRolesV1 {
    client: crate::Client,
    options: crate::request::Options,
    sorters: Option<String>,
    offset: Option<i32>,
    limit: Option<i32>,
    count: Option<bool>,
    listing: crate::pagination::Listing,
}

impl GetSavedPotentialRolesV1 {
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

    /// Sends the request: `GET /role-mining-potential-roles/v1/saved`; returns one page.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::Roleminingsessiondraftroledto>,
            crate::SdkError<GetSavedPotentialRolesV1Error>,
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
            crate::Page<models::Roleminingsessiondraftroledto>,
            crate::SdkError<GetSavedPotentialRolesV1Error>,
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
            models::Roleminingsessiondraftroledto,
            crate::SdkError<GetSavedPotentialRolesV1Error>,
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
            crate::Response<Vec<models::Roleminingsessiondraftroledto>>,
            crate::SdkError<GetSavedPotentialRolesV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getSavedPotentialRolesV1",
            self.options,
            move |client| {
                let path = "/role-mining-potential-roles/v1/saved";
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
                request = request.header("X-SailPoint-Experimental", "true");
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`IaiRoleMiningApi::get_potential_role_source_identity_usage_v1`](IaiRoleMiningApi::get_potential_role_source_identity_usage_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type GetPotentialRoleSourceIdentityUsageV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`IaiRoleMiningApi::get_potential_role_source_identity_usage_v1`](IaiRoleMiningApi::get_potential_role_source_identity_usage_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetPotentialRoleSourceIdentityUsageV1 {
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

impl GetPotentialRoleSourceIdentityUsageV1 {
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

    /// Sends the request: `GET /role-mining-potential-roles/v1/{potentialRoleId}/sources/{sourceId}/identityUsage`; returns one page.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::Roleminingpotentialrolesourceusage>,
            crate::SdkError<GetPotentialRoleSourceIdentityUsageV1Error>,
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
            crate::Page<models::Roleminingpotentialrolesourceusage>,
            crate::SdkError<GetPotentialRoleSourceIdentityUsageV1Error>,
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
            models::Roleminingpotentialrolesourceusage,
            crate::SdkError<GetPotentialRoleSourceIdentityUsageV1Error>,
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
            crate::Response<Vec<models::Roleminingpotentialrolesourceusage>>,
            crate::SdkError<GetPotentialRoleSourceIdentityUsageV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getPotentialRoleSourceIdentityUsageV1",
            self.options,
            move |client| {
                let path = [
                    "/role-mining-potential-roles/v1/",
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
                request = request.header("X-SailPoint-Experimental", "true");
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}
