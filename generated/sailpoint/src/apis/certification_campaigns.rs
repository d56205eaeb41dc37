//! Use this API to implement certification campaign functionality.
//! With this functionality in place, administrators can create, customize, and manage certification campaigns for their organizations' use.
//! Certification campaigns provide Identity Security Cloud users with an interactive review process they can use to identify and verify access to systems.
//! Campaigns help organizations reduce risk of inappropriate access and satisfy audit requirements.
//!
//! A certification refers to Identity Security Cloud's mechanism for reviewing a user's access to entitlements (sets of permissions) and approving or removing that access.
//! These certifications serve as a way of showing that a user's access has been reviewed and approved.
//! Multiple certifications by different reviewers are often required to approve a user's access.
//! A set of multiple certifications is called a certification campaign.
//!
//! For example, an organization may use a Manager Certification campaign as a way of showing that a user's access has been reviewed and approved by multiple managers.
//! Once this campaign has been completed, Identity Security Cloud would provision all the access the user needs, nothing more.
//!
//! Identity Security Cloud provides two simple campaign types users can create without using search queries, Manager and Source Owner campaigns:
//!
//! You can create these types of campaigns without using any search queries in Identity Security Cloud:
//!
//! - ManagerCampaign: Identity Security Cloud provides this campaign type as a way to ensure that an identity's access is certified by their managers.
//!   You only need to provide a name and description to create one.
//!
//! - Source Owner Campaign: Identity Security Cloud provides this campaign type as a way to ensure that an identity's access to a source is certified by its source owners.
//!   You only need to provide a name and description to create one.
//!   You can specify the sources whose owners you want involved or just run it across all sources.
//!
//! For more information about these campaign types, refer to [Starting a Manager or Source Owner Campaign](https://documentation.sailpoint.com/saas/help/certs/starting_campaign.html).
//!
//! One useful way to create certification campaigns in Identity Security Cloud is to use a specific search and then run a campaign on the results returned by that search.
//! This allows you to be much more specific about whom you are certifying in your campaigns and what access you are certifying in your campaigns.
//! For example, you can search for all identities who are managed by "Amanda.Ross" and also have the access to the "Accounting" role and then run a certification campaign based on that search to ensure that the returned identities are appropriately certified.
//!
//! You can use Identity Security Cloud search queries to create these types of campaigns:
//!
//! - Identities: Use this campaign type to review and revoke access items for specific identities.
//!   You can either build a search query and create a campaign certifying all identities returned by that query, or you can search for individual identities and add those identities to the certification campaign.
//!
//! - Access Items: Use this campaign type to review and revoke a set of roles, access profiles, or entitlements from the identities that have them.
//!   You can either build a search query and create a campaign certifying all access items returned by that query, or you can search for individual access items and add those items to the certification campaign.
//!
//! - Role Composition: Use this campaign type to review a role's composition, including its title, description, and membership criteria.
//!   You can either build a search query and create a campaign certifying all roles returned by that query, or you can search for individual roles and add those roles to the certification campaign.
//!
//! - Uncorrelated Accounts: Use this campaign type to certify source accounts that aren't linked to an authoritative identity in Identity Security Cloud.
//!   You can use this campaign type to view all the uncorrelated accounts for a source and certify them.
//!
//! For more information about search-based campaigns, refer to [Starting a Campaign from Search](https://documentation.sailpoint.com/saas/help/certs/starting_search_campaign.html).
//!
//! Once you have generated your campaign, it becomes available for preview.
//! An administrator can review the campaign and make changes, or if it's ready and accurate, activate it.
//!
//! Once the campaign is active, organization administrators or certification administrators can designate other Identity Security Cloud users as certification reviewers.
//! Those reviewers can view any of the certifications they either need to review (active) or have already reviewed (completed).
//!
//! When a certification campaign is in progress, certification reviewers see the listed active certifications whose involved identities they can review.
//! Reviewers can then make decisions to grant or revoke access, as well as reassign the certification to another reviewer. If the reviewer chooses this option, they must provide a reason for reassignment in the form of a comment.
//!
//! Once a reviewer has made decisions on all the certification's involved access items, he or she must "Sign Off" to complete the review process.
//! Doing so converts the certification into read-only status, preventing any further changes to the review decisions and deleting the work item (task) from the reviewer's list of work items.
//!
//! Once all the reviewers have signed off, the certification campaign either completes or, if any reviewers decided to revoke access for any of the involved identities, it moves into a remediation phase.
//! In the remediation phase, identities' entitlements are altered to remove any entitlements marked for revocation.
//! In this situation, the certification campaign completes once all the remediation requests are completed.
//!
//! The end of a certification campaign is determined by its deadline, its completion status, or by an administrator's decision.
//!
//! For more information about certifications and certification campaigns, refer to [Certifications](https://documentation.sailpoint.com/saas/user-help/certs/reviewing/index.html).

use crate::models;

/// The Certification Campaigns operations: get them from [`Client::certification_campaigns`](crate::Client::certification_campaigns).
#[derive(Debug, Clone, Copy)]
pub struct CertificationCampaignsApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The Certification Campaigns operations.
    #[inline]
    pub fn certification_campaigns(&self) -> CertificationCampaignsApi<'_> {
        CertificationCampaignsApi {
            client: self,
        }
    }
}

impl<'a> CertificationCampaignsApi<'a> {
    /// List campaigns
    ///
    /// Use this API to get a list of campaigns. This API can provide increased level of detail for each campaign for the correct provided query.
    ///
    /// `GET /campaigns/v1` (`getActiveCampaignsV1`)
    #[inline]
    pub fn get_active_campaigns_v1(&self) -> GetActiveCampaignsV1 {
        GetActiveCampaignsV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            detail: None,
            limit: None,
            offset: None,
            count: None,
            filters: None,
            sorters: None,
            listing: crate::pagination::Listing::default(),
        }
    }

    /// Create a campaign
    ///
    /// Use this API to create a certification campaign with the information provided in the request body.
    ///
    /// When the request body references a campaign filter (`filter.type: CAMPAIGN_FILTER`), the token must include both
    /// `idn:campaign:manage` and `idn:campaign-filter:read`.
    ///
    /// `POST /campaigns/v1` (`createCampaignV1`)
    #[inline]
    pub fn create_campaign_v1(&self, campaign2: models::Campaign2) -> CreateCampaignV1 {
        CreateCampaignV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            campaign2,
        }
    }

    /// Get campaign
    ///
    /// Use this API to get information for an existing certification campaign by the campaign's ID.
    ///
    /// `GET /campaigns/v1/{id}` (`getCampaignV1`)
    #[inline]
    pub fn get_campaign_v1(&self, id: impl Into<String>) -> GetCampaignV1 {
        GetCampaignV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
            detail: None,
        }
    }

    /// Update a campaign
    ///
    /// Use this API to update individual fields on a certification campaign, using the [JSON Patch](https://tools.ietf.org/html/rfc6902) standard.
    ///
    /// `PATCH /campaigns/v1/{id}` (`updateCampaignV1`)
    #[inline]
    pub fn update_campaign_v1(
        &self,
        id: impl Into<String>,
        jsonpatchoperation: Vec<models::Jsonpatchoperation>,
    ) -> UpdateCampaignV1 {
        UpdateCampaignV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
            jsonpatchoperation,
        }
    }

    /// Reassign certifications
    ///
    /// This API reassigns the specified certifications from one identity to another.
    ///
    /// `POST /campaigns/v1/{id}/reassign` (`moveV1`)
    #[inline]
    pub fn move_v1(
        &self,
        id: impl Into<String>,
        adminreviewreassign: models::Adminreviewreassign,
    ) -> MoveV1 {
        MoveV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
            adminreviewreassign,
        }
    }

    /// Activate a campaign
    ///
    /// Use this API to submit a job to activate the certified campaign with the specified ID. The campaign must be staged.
    ///
    /// `POST /campaigns/v1/{id}/activate` (`startCampaignV1`)
    #[inline]
    pub fn start_campaign_v1(&self, id: impl Into<String>) -> StartCampaignV1 {
        StartCampaignV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
            activatecampaignoptions: None,
        }
    }

    /// Complete a campaign
    ///
    /// :::caution
    ///
    /// This endpoint will run successfully for any campaigns that are **past due**.
    ///
    /// This endpoint will return a content error if the campaign is **not past due**.
    ///
    /// :::
    ///
    /// Use this API to complete a certification campaign. This functionality is provided to admins so that they
    /// can complete a certification even if all items have not been completed.
    ///
    /// `POST /campaigns/v1/{id}/complete` (`completeCampaignV1`)
    #[inline]
    pub fn complete_campaign_v1(&self, id: impl Into<String>) -> CompleteCampaignV1 {
        CompleteCampaignV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
            campaigncompleteoptions: None,
        }
    }

    /// Delete campaigns
    ///
    /// Use this API to delete certification campaigns whose IDs are specified in the provided list of campaign IDs.
    ///
    /// `POST /campaigns/v1/delete` (`deleteCampaignsV1`)
    #[inline]
    pub fn delete_campaigns_v1(
        &self,
        campaignsdeleterequest: models::Campaignsdeleterequest,
    ) -> DeleteCampaignsV1 {
        DeleteCampaignsV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            campaignsdeleterequest,
        }
    }

    /// Run campaign remediation scan
    ///
    /// Use this API to run a remediation scan task for a certification campaign.
    ///
    /// `POST /campaigns/v1/{id}/run-remediation-scan` (`startCampaignRemediationScanV1`)
    #[inline]
    pub fn start_campaign_remediation_scan_v1(
        &self,
        id: impl Into<String>,
    ) -> StartCampaignRemediationScanV1 {
        StartCampaignRemediationScanV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
        }
    }

    /// Get campaign reports
    ///
    /// Use this API to fetch all reports for a certification campaign by campaign ID.
    ///
    /// `GET /campaigns/v1/{id}/reports` (`getCampaignReportsV1`)
    #[inline]
    pub fn get_campaign_reports_v1(
        &self,
        id: impl Into<String>,
    ) -> GetCampaignReportsV1 {
        GetCampaignReportsV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
        }
    }

    /// Run campaign report
    ///
    /// Use this API to run a report for a certification campaign.
    ///
    /// `POST /campaigns/v1/{id}/run-report/{type}` (`startCampaignReportV1`)
    #[inline]
    pub fn start_campaign_report_v1(
        &self,
        id: impl Into<String>,
        r#type: models::Reporttype,
    ) -> StartCampaignReportV1 {
        StartCampaignReportV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
            r#type,
        }
    }

    /// Get campaign reports configuration
    ///
    /// Use this API to fetch the configuration for certification campaign reports. The configuration includes only one element - identity attributes defined as custom report columns.
    ///
    /// `GET /campaigns/v1/reports-configuration` (`getCampaignReportsConfigV1`)
    #[inline]
    pub fn get_campaign_reports_config_v1(&self) -> GetCampaignReportsConfigV1 {
        GetCampaignReportsConfigV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
        }
    }

    /// Set campaign reports configuration
    ///
    /// Use this API to overwrite the configuration for campaign reports.
    ///
    /// `PUT /campaigns/v1/reports-configuration` (`setCampaignReportsConfigV1`)
    #[inline]
    pub fn set_campaign_reports_config_v1(
        &self,
        campaignreportsconfig: models::Campaignreportsconfig,
    ) -> SetCampaignReportsConfigV1 {
        SetCampaignReportsConfigV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            campaignreportsconfig,
        }
    }

    /// List campaign templates
    ///
    /// Use this API to get a list of all campaign templates. Scope can be reduced through standard V3 query params.
    ///
    /// The API returns all campaign templates matching the query parameters.
    ///
    /// `GET /campaign-templates/v1` (`getCampaignTemplatesV1`)
    #[inline]
    pub fn get_campaign_templates_v1(&self) -> GetCampaignTemplatesV1 {
        GetCampaignTemplatesV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            limit: None,
            offset: None,
            count: None,
            sorters: None,
            filters: None,
            listing: crate::pagination::Listing::default(),
        }
    }

    /// Create a campaign template
    ///
    /// Use this API to create a certification campaign template based on campaign.
    ///
    /// `POST /campaign-templates/v1` (`createCampaignTemplateV1`)
    #[inline]
    pub fn create_campaign_template_v1(
        &self,
        campaigntemplate: models::Campaigntemplate,
    ) -> CreateCampaignTemplateV1 {
        CreateCampaignTemplateV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            campaigntemplate,
        }
    }

    /// Get a campaign template
    ///
    /// Use this API to fetch a certification campaign template by ID.
    ///
    /// `GET /campaign-templates/v1/{id}` (`getCampaignTemplateV1`)
    #[inline]
    pub fn get_campaign_template_v1(
        &self,
        id: impl Into<String>,
    ) -> GetCampaignTemplateV1 {
        GetCampaignTemplateV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
        }
    }

    /// Delete a campaign template
    ///
    /// Use this API to delete a certification campaign template by ID.
    ///
    /// `DELETE /campaign-templates/v1/{id}` (`deleteCampaignTemplateV1`)
    #[inline]
    pub fn delete_campaign_template_v1(
        &self,
        id: impl Into<String>,
    ) -> DeleteCampaignTemplateV1 {
        DeleteCampaignTemplateV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
        }
    }

    /// Update a campaign template
    ///
    /// Use this API to update individual fields on a certification campaign template, using the [JSON Patch](https://tools.ietf.org/html/rfc6902) standard.
    ///
    /// `PATCH /campaign-templates/v1/{id}` (`patchCampaignTemplateV1`)
    #[inline]
    pub fn patch_campaign_template_v1(
        &self,
        id: impl Into<String>,
        jsonpatchoperation: Vec<models::Jsonpatchoperation>,
    ) -> PatchCampaignTemplateV1 {
        PatchCampaignTemplateV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
            jsonpatchoperation,
        }
    }

    /// Get campaign template schedule
    ///
    /// Use this API to get the schedule for a certification campaign template. The API returns a 404 if there is no schedule set.
    ///
    /// `GET /campaign-templates/v1/{id}/schedule` (`getCampaignTemplateScheduleV1`)
    #[inline]
    pub fn get_campaign_template_schedule_v1(
        &self,
        id: impl Into<String>,
    ) -> GetCampaignTemplateScheduleV1 {
        GetCampaignTemplateScheduleV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
        }
    }

    /// Set campaign template schedule
    ///
    /// Use this API to set the schedule for a certification campaign template. If a schedule already exists, the API overwrites it with the new one.
    ///
    /// `PUT /campaign-templates/v1/{id}/schedule` (`setCampaignTemplateScheduleV1`)
    #[inline]
    pub fn set_campaign_template_schedule_v1(
        &self,
        id: impl Into<String>,
    ) -> SetCampaignTemplateScheduleV1 {
        SetCampaignTemplateScheduleV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
            schedule2: None,
        }
    }

    /// Delete campaign template schedule
    ///
    /// Use this API to delete the schedule for a certification campaign template. The API returns a 404 if there is no schedule set.
    ///
    /// `DELETE /campaign-templates/v1/{id}/schedule` (`deleteCampaignTemplateScheduleV1`)
    #[inline]
    pub fn delete_campaign_template_schedule_v1(
        &self,
        id: impl Into<String>,
    ) -> DeleteCampaignTemplateScheduleV1 {
        DeleteCampaignTemplateScheduleV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
        }
    }

    /// Generate a campaign from template
    ///
    /// Use this API to generate a new certification campaign from a campaign template.
    ///
    /// When the template campaign references a campaign filter (`filter.type: CAMPAIGN_FILTER`), the token must include both `idn:campaign-template:manage` and `idn:campaign-filter:read`.
    ///
    /// The campaign object contained in the template has special formatting applied to its name and description
    /// fields that determine the generated campaign's name/description. Placeholders in those fields are
    /// formatted with the current date and time upon generation.
    ///
    /// Placeholders consist of a percent sign followed by a letter indicating what should be inserted. For
    /// example, "%Y" inserts the current year, and a campaign template named "Campaign for %y" generates a
    /// campaign called "Campaign for 2020" (assuming the year at generation time is 2020).
    ///
    /// Valid placeholders are the date/time conversion suffix characters supported by [java.util.Formatter](https://docs.oracle.com/javase/8/docs/api/java/util/Formatter.html).
    ///
    /// `POST /campaign-templates/v1/{id}/generate` (`startGenerateCampaignTemplateV1`)
    #[inline]
    pub fn start_generate_campaign_template_v1(
        &self,
        id: impl Into<String>,
    ) -> StartGenerateCampaignTemplateV1 {
        StartGenerateCampaignTemplateV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
        }
    }
}

/// The error statuses of [`CertificationCampaignsApi::get_active_campaigns_v1`](CertificationCampaignsApi::get_active_campaigns_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type GetActiveCampaignsV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`CertificationCampaignsApi::get_active_campaigns_v1`](CertificationCampaignsApi::get_active_campaigns_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetActiveCampaignsV1 {
    client: crate::Client,
    options: crate::request::Options,
    detail: Option<models::GetActiveCampaignsV1Detail>,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
    filters: Option<String>,
    sorters: Option<String>,
    listing: crate::pagination::Listing,
}

impl GetActiveCampaignsV1 {
    /// Determines whether slim, or increased level of detail is provided for each campaign in the returned list. Slim is the default behavior.
    #[inline]
    pub fn detail(mut self, detail: models::GetActiveCampaignsV1Detail) -> Self {
        self.detail = Some(detail);
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

    /// Offset into the full result set. Usually specified with *limit* to paginate through the results.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// The server's default: `0`.
    #[inline]
    pub fn offset(mut self, offset: i32) -> Self {
        self.offset = Some(offset);
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

    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **id**: *eq, in*
    ///
    /// **name**: *eq, sw*
    ///
    /// **status**: *eq, in*
    #[inline]
    pub fn filters(mut self, filters: impl Into<String>) -> Self {
        self.filters = Some(filters.into());
        self
    }

    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **name, created**
    #[inline]
    pub fn sorters(mut self, sorters: impl Into<String>) -> Self {
        self.sorters = Some(sorters.into());
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

    /// Sends the request: `GET /campaigns/v1`; returns one page.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::GetActiveCampaignsV1200ResponseInner>,
            crate::SdkError<GetActiveCampaignsV1Error>,
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
            crate::Page<models::GetActiveCampaignsV1200ResponseInner>,
            crate::SdkError<GetActiveCampaignsV1Error>,
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
            models::GetActiveCampaignsV1200ResponseInner,
            crate::SdkError<GetActiveCampaignsV1Error>,
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
            crate::Response<Vec<models::GetActiveCampaignsV1200ResponseInner>>,
            crate::SdkError<GetActiveCampaignsV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getActiveCampaignsV1",
            self.options,
            move |client| {
                let path = "/campaigns/v1";
                let mut request = client.request(reqwest::Method::GET, path);
                let mut query: Vec<(&str, String)> = Vec::new();
                if let Some(value) = &self.detail {
                    query.push(("detail", value.as_str().to_owned()));
                }
                if let Some(value) = &self.limit {
                    query.push(("limit", value.to_string()));
                }
                if let Some(value) = &self.offset {
                    query.push(("offset", value.to_string()));
                }
                if let Some(value) = &self.count {
                    query.push(("count", value.to_string()));
                }
                if let Some(value) = &self.filters {
                    query.push(("filters", value.clone()));
                }
                if let Some(value) = &self.sorters {
                    query.push(("sorters", value.clone()));
                }
                request = request.query(&query);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`CertificationCampaignsApi::create_campaign_v1`](CertificationCampaignsApi::create_campaign_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type CreateCampaignV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`CertificationCampaignsApi::create_campaign_v1`](CertificationCampaignsApi::create_campaign_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateCampaignV1 {
    client: crate::Client,
    options: crate::request::Options,
    campaign2: models::Campaign2,
}

impl CreateCampaignV1 {
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

    /// Sends the request: `POST /campaigns/v1`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<models::Campaign2, crate::SdkError<CreateCampaignV1Error>>,
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
            crate::Response<models::Campaign2>,
            crate::SdkError<CreateCampaignV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "createCampaignV1",
            self.options,
            move |client| {
                let path = "/campaigns/v1";
                let mut request = client.request(reqwest::Method::POST, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.campaign2;
                    request = crate::request::with_json(
                        "createCampaignV1",
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

/// The error statuses of [`CertificationCampaignsApi::get_campaign_v1`](CertificationCampaignsApi::get_campaign_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetCampaignV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`CertificationCampaignsApi::get_campaign_v1`](CertificationCampaignsApi::get_campaign_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetCampaignV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
    detail: Option<models::GetCampaignV1Detail>,
}

impl GetCampaignV1 {
    /// Determines whether slim, or increased level of detail is provided for each campaign in the returned list. Slim is the default behavior.
    #[inline]
    pub fn detail(mut self, detail: models::GetCampaignV1Detail) -> Self {
        self.detail = Some(detail);
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

    /// Sends the request: `GET /campaigns/v1/{id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::GetCampaignV1200Response,
            crate::SdkError<GetCampaignV1Error>,
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
            crate::Response<models::GetCampaignV1200Response>,
            crate::SdkError<GetCampaignV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getCampaignV1",
            self.options,
            move |client| {
                let path = ["/campaigns/v1/", &crate::request::path_segment(&self.id)]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                let mut query: Vec<(&str, String)> = Vec::new();
                if let Some(value) = &self.detail {
                    query.push(("detail", value.as_str().to_owned()));
                }
                request = request.query(&query);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`CertificationCampaignsApi::update_campaign_v1`](CertificationCampaignsApi::update_campaign_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type UpdateCampaignV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`CertificationCampaignsApi::update_campaign_v1`](CertificationCampaignsApi::update_campaign_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateCampaignV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
    jsonpatchoperation: Vec<models::Jsonpatchoperation>,
}

impl UpdateCampaignV1 {
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

    /// Sends the request: `PATCH /campaigns/v1/{id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<models::Slimcampaign, crate::SdkError<UpdateCampaignV1Error>>,
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
            crate::Response<models::Slimcampaign>,
            crate::SdkError<UpdateCampaignV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "updateCampaignV1",
            self.options,
            move |client| {
                let path = ["/campaigns/v1/", &crate::request::path_segment(&self.id)]
                    .concat();
                let mut request = client.request(reqwest::Method::PATCH, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.jsonpatchoperation;
                    request = crate::request::with_json(
                        "updateCampaignV1",
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

/// The error statuses of [`CertificationCampaignsApi::move_v1`](CertificationCampaignsApi::move_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type MoveV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`CertificationCampaignsApi::move_v1`](CertificationCampaignsApi::move_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct MoveV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
    adminreviewreassign: models::Adminreviewreassign,
}

impl MoveV1 {
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

    /// Sends the request: `POST /campaigns/v1/{id}/reassign`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<models::Certificationtask, crate::SdkError<MoveV1Error>>,
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
            crate::Response<models::Certificationtask>,
            crate::SdkError<MoveV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "moveV1",
            self.options,
            move |client| {
                let path = [
                    "/campaigns/v1/",
                    &crate::request::path_segment(&self.id),
                    "/reassign",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::POST, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.adminreviewreassign;
                    request = crate::request::with_json(
                        "moveV1",
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

/// The error statuses of [`CertificationCampaignsApi::start_campaign_v1`](CertificationCampaignsApi::start_campaign_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type StartCampaignV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`CertificationCampaignsApi::start_campaign_v1`](CertificationCampaignsApi::start_campaign_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct StartCampaignV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
    activatecampaignoptions: Option<models::Activatecampaignoptions>,
}

impl StartCampaignV1 {
    /// Optional. If no timezone is specified, the standard UTC timezone is used (i.e. UTC+00:00). Although this can take any timezone, the intended value is the caller's timezone. The activation time calculated from the given timezone may cause the campaign deadline time to be modified, but it will remain within the original date. The timezone must be in a valid ISO 8601 format.
    #[inline]
    pub fn activatecampaignoptions(
        mut self,
        activatecampaignoptions: models::Activatecampaignoptions,
    ) -> Self {
        self.activatecampaignoptions = Some(activatecampaignoptions);
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

    /// Sends the request: `POST /campaigns/v1/{id}/activate`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            serde_json::Map<String, serde_json::Value>,
            crate::SdkError<StartCampaignV1Error>,
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
            crate::SdkError<StartCampaignV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "startCampaignV1",
            self.options,
            move |client| {
                let path = [
                    "/campaigns/v1/",
                    &crate::request::path_segment(&self.id),
                    "/activate",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::POST, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                if let Some(value) = &self.activatecampaignoptions {
                    request = crate::request::with_json(
                        "startCampaignV1",
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

/// The error statuses of [`CertificationCampaignsApi::complete_campaign_v1`](CertificationCampaignsApi::complete_campaign_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type CompleteCampaignV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`CertificationCampaignsApi::complete_campaign_v1`](CertificationCampaignsApi::complete_campaign_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CompleteCampaignV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
    campaigncompleteoptions: Option<models::Campaigncompleteoptions>,
}

impl CompleteCampaignV1 {
    /// Optional. Default behavior is for the campaign to auto-approve upon completion, unless autoCompleteAction=REVOKE
    #[inline]
    pub fn campaigncompleteoptions(
        mut self,
        campaigncompleteoptions: models::Campaigncompleteoptions,
    ) -> Self {
        self.campaigncompleteoptions = Some(campaigncompleteoptions);
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

    /// Sends the request: `POST /campaigns/v1/{id}/complete`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            serde_json::Map<String, serde_json::Value>,
            crate::SdkError<CompleteCampaignV1Error>,
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
            crate::SdkError<CompleteCampaignV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "completeCampaignV1",
            self.options,
            move |client| {
                let path = [
                    "/campaigns/v1/",
                    &crate::request::path_segment(&self.id),
                    "/complete",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::POST, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                if let Some(value) = &self.campaigncompleteoptions {
                    request = crate::request::with_json(
                        "completeCampaignV1",
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

/// The error statuses of [`CertificationCampaignsApi::delete_campaigns_v1`](CertificationCampaignsApi::delete_campaigns_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type DeleteCampaignsV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`CertificationCampaignsApi::delete_campaigns_v1`](CertificationCampaignsApi::delete_campaigns_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteCampaignsV1 {
    client: crate::Client,
    options: crate::request::Options,
    campaignsdeleterequest: models::Campaignsdeleterequest,
}

impl DeleteCampaignsV1 {
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

    /// Sends the request: `POST /campaigns/v1/delete`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            serde_json::Map<String, serde_json::Value>,
            crate::SdkError<DeleteCampaignsV1Error>,
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
            crate::SdkError<DeleteCampaignsV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "deleteCampaignsV1",
            self.options,
            move |client| {
                let path = "/campaigns/v1/delete";
                let mut request = client.request(reqwest::Method::POST, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.campaignsdeleterequest;
                    request = crate::request::with_json(
                        "deleteCampaignsV1",
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

/// The error statuses of [`CertificationCampaignsApi::start_campaign_remediation_scan_v1`](CertificationCampaignsApi::start_campaign_remediation_scan_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type StartCampaignRemediationScanV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`CertificationCampaignsApi::start_campaign_remediation_scan_v1`](CertificationCampaignsApi::start_campaign_remediation_scan_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct StartCampaignRemediationScanV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
}

impl StartCampaignRemediationScanV1 {
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

    /// Sends the request: `POST /campaigns/v1/{id}/run-remediation-scan`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            serde_json::Map<String, serde_json::Value>,
            crate::SdkError<StartCampaignRemediationScanV1Error>,
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
            crate::SdkError<StartCampaignRemediationScanV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "startCampaignRemediationScanV1",
            self.options,
            move |client| {
                let path = [
                    "/campaigns/v1/",
                    &crate::request::path_segment(&self.id),
                    "/run-remediation-scan",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::POST, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`CertificationCampaignsApi::get_campaign_reports_v1`](CertificationCampaignsApi::get_campaign_reports_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetCampaignReportsV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`CertificationCampaignsApi::get_campaign_reports_v1`](CertificationCampaignsApi::get_campaign_reports_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetCampaignReportsV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
}

impl GetCampaignReportsV1 {
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

    /// Sends the request: `GET /campaigns/v1/{id}/reports`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::Campaignreport>,
            crate::SdkError<GetCampaignReportsV1Error>,
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
            crate::Response<Vec<models::Campaignreport>>,
            crate::SdkError<GetCampaignReportsV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getCampaignReportsV1",
            self.options,
            move |client| {
                let path = [
                    "/campaigns/v1/",
                    &crate::request::path_segment(&self.id),
                    "/reports",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`CertificationCampaignsApi::start_campaign_report_v1`](CertificationCampaignsApi::start_campaign_report_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type StartCampaignReportV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`CertificationCampaignsApi::start_campaign_report_v1`](CertificationCampaignsApi::start_campaign_report_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct StartCampaignReportV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
    r#type: models::Reporttype,
}

impl StartCampaignReportV1 {
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

    /// Sends the request: `POST /campaigns/v1/{id}/run-report/{type}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            serde_json::Map<String, serde_json::Value>,
            crate::SdkError<StartCampaignReportV1Error>,
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
            crate::SdkError<StartCampaignReportV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "startCampaignReportV1",
            self.options,
            move |client| {
                let path = [
                    "/campaigns/v1/",
                    &crate::request::path_segment(&self.id),
                    "/run-report/",
                    &crate::request::path_segment(self.r#type.as_str()),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::POST, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`CertificationCampaignsApi::get_campaign_reports_config_v1`](CertificationCampaignsApi::get_campaign_reports_config_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type GetCampaignReportsConfigV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`CertificationCampaignsApi::get_campaign_reports_config_v1`](CertificationCampaignsApi::get_campaign_reports_config_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetCampaignReportsConfigV1 {
    client: crate::Client,
    options: crate::request::Options,
}

impl GetCampaignReportsConfigV1 {
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

    /// Sends the request: `GET /campaigns/v1/reports-configuration`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Campaignreportsconfig,
            crate::SdkError<GetCampaignReportsConfigV1Error>,
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
            crate::Response<models::Campaignreportsconfig>,
            crate::SdkError<GetCampaignReportsConfigV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getCampaignReportsConfigV1",
            self.options,
            move |client| {
                let path = "/campaigns/v1/reports-configuration";
                let mut request = client.request(reqwest::Method::GET, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`CertificationCampaignsApi::set_campaign_reports_config_v1`](CertificationCampaignsApi::set_campaign_reports_config_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type SetCampaignReportsConfigV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`CertificationCampaignsApi::set_campaign_reports_config_v1`](CertificationCampaignsApi::set_campaign_reports_config_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct SetCampaignReportsConfigV1 {
    client: crate::Client,
    options: crate::request::Options,
    campaignreportsconfig: models::Campaignreportsconfig,
}

impl SetCampaignReportsConfigV1 {
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

    /// Sends the request: `PUT /campaigns/v1/reports-configuration`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Campaignreportsconfig,
            crate::SdkError<SetCampaignReportsConfigV1Error>,
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
            crate::Response<models::Campaignreportsconfig>,
            crate::SdkError<SetCampaignReportsConfigV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "setCampaignReportsConfigV1",
            self.options,
            move |client| {
                let path = "/campaigns/v1/reports-configuration";
                let mut request = client.request(reqwest::Method::PUT, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.campaignreportsconfig;
                    request = crate::request::with_json(
                        "setCampaignReportsConfigV1",
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

/// The error statuses of [`CertificationCampaignsApi::get_campaign_templates_v1`](CertificationCampaignsApi::get_campaign_templates_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type GetCampaignTemplatesV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`CertificationCampaignsApi::get_campaign_templates_v1`](CertificationCampaignsApi::get_campaign_templates_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetCampaignTemplatesV1 {
    client: crate::Client,
    options: crate::request::Options,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
    sorters: Option<String>,
    filters: Option<String>,
    listing: crate::pagination::Listing,
}

impl GetCampaignTemplatesV1 {
    /// Max number of results to return.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// The server's default: `250`.
    #[inline]
    pub fn limit(mut self, limit: i32) -> Self {
        self.limit = Some(limit);
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

    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **name, created, modified**
    #[inline]
    pub fn sorters(mut self, sorters: impl Into<String>) -> Self {
        self.sorters = Some(sorters.into());
        self
    }

    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **name**: *eq, ge, gt, in, le, lt, ne, sw*
    ///
    /// **id**: *eq, ge, gt, in, le, lt, ne, sw*
    #[inline]
    pub fn filters(mut self, filters: impl Into<String>) -> Self {
        self.filters = Some(filters.into());
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

    /// Sends the request: `GET /campaign-templates/v1`; returns one page.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::Campaigntemplate>,
            crate::SdkError<GetCampaignTemplatesV1Error>,
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
            crate::Page<models::Campaigntemplate>,
            crate::SdkError<GetCampaignTemplatesV1Error>,
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
            models::Campaigntemplate,
            crate::SdkError<GetCampaignTemplatesV1Error>,
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
            crate::Response<Vec<models::Campaigntemplate>>,
            crate::SdkError<GetCampaignTemplatesV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getCampaignTemplatesV1",
            self.options,
            move |client| {
                let path = "/campaign-templates/v1";
                let mut request = client.request(reqwest::Method::GET, path);
                let mut query: Vec<(&str, String)> = Vec::new();
                if let Some(value) = &self.limit {
                    query.push(("limit", value.to_string()));
                }
                if let Some(value) = &self.offset {
                    query.push(("offset", value.to_string()));
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
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`CertificationCampaignsApi::create_campaign_template_v1`](CertificationCampaignsApi::create_campaign_template_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type CreateCampaignTemplateV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`CertificationCampaignsApi::create_campaign_template_v1`](CertificationCampaignsApi::create_campaign_template_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateCampaignTemplateV1 {
    client: crate::Client,
    options: crate::request::Options,
    campaigntemplate: models::Campaigntemplate,
}

impl CreateCampaignTemplateV1 {
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

    /// Sends the request: `POST /campaign-templates/v1`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Campaigntemplate,
            crate::SdkError<CreateCampaignTemplateV1Error>,
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
            crate::Response<models::Campaigntemplate>,
            crate::SdkError<CreateCampaignTemplateV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "createCampaignTemplateV1",
            self.options,
            move |client| {
                let path = "/campaign-templates/v1";
                let mut request = client.request(reqwest::Method::POST, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.campaigntemplate;
                    request = crate::request::with_json(
                        "createCampaignTemplateV1",
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

/// The error statuses of [`CertificationCampaignsApi::get_campaign_template_v1`](CertificationCampaignsApi::get_campaign_template_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetCampaignTemplateV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`CertificationCampaignsApi::get_campaign_template_v1`](CertificationCampaignsApi::get_campaign_template_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetCampaignTemplateV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
}

impl GetCampaignTemplateV1 {
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

    /// Sends the request: `GET /campaign-templates/v1/{id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Campaigntemplate,
            crate::SdkError<GetCampaignTemplateV1Error>,
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
            crate::Response<models::Campaigntemplate>,
            crate::SdkError<GetCampaignTemplateV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getCampaignTemplateV1",
            self.options,
            move |client| {
                let path = [
                    "/campaign-templates/v1/",
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

/// The error statuses of [`CertificationCampaignsApi::delete_campaign_template_v1`](CertificationCampaignsApi::delete_campaign_template_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type DeleteCampaignTemplateV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`CertificationCampaignsApi::delete_campaign_template_v1`](CertificationCampaignsApi::delete_campaign_template_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteCampaignTemplateV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
}

impl DeleteCampaignTemplateV1 {
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

    /// Sends the request: `DELETE /campaign-templates/v1/{id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<(), crate::SdkError<DeleteCampaignTemplateV1Error>>,
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
            crate::SdkError<DeleteCampaignTemplateV1Error>,
        >,
    > {
        crate::request::empty(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "deleteCampaignTemplateV1",
            self.options,
            move |client| {
                let path = [
                    "/campaign-templates/v1/",
                    &crate::request::path_segment(&self.id),
                ]
                    .concat();
                let request = client.request(reqwest::Method::DELETE, &path);
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`CertificationCampaignsApi::patch_campaign_template_v1`](CertificationCampaignsApi::patch_campaign_template_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type PatchCampaignTemplateV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`CertificationCampaignsApi::patch_campaign_template_v1`](CertificationCampaignsApi::patch_campaign_template_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PatchCampaignTemplateV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
    jsonpatchoperation: Vec<models::Jsonpatchoperation>,
}

impl PatchCampaignTemplateV1 {
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

    /// Sends the request: `PATCH /campaign-templates/v1/{id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Campaigntemplate,
            crate::SdkError<PatchCampaignTemplateV1Error>,
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
            crate::Response<models::Campaigntemplate>,
            crate::SdkError<PatchCampaignTemplateV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "patchCampaignTemplateV1",
            self.options,
            move |client| {
                let path = [
                    "/campaign-templates/v1/",
                    &crate::request::path_segment(&self.id),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::PATCH, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.jsonpatchoperation;
                    request = crate::request::with_json(
                        "patchCampaignTemplateV1",
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

/// The error statuses of [`CertificationCampaignsApi::get_campaign_template_schedule_v1`](CertificationCampaignsApi::get_campaign_template_schedule_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetCampaignTemplateScheduleV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`CertificationCampaignsApi::get_campaign_template_schedule_v1`](CertificationCampaignsApi::get_campaign_template_schedule_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetCampaignTemplateScheduleV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
}

impl GetCampaignTemplateScheduleV1 {
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

    /// Sends the request: `GET /campaign-templates/v1/{id}/schedule`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Schedule2,
            crate::SdkError<GetCampaignTemplateScheduleV1Error>,
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
            crate::Response<models::Schedule2>,
            crate::SdkError<GetCampaignTemplateScheduleV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getCampaignTemplateScheduleV1",
            self.options,
            move |client| {
                let path = [
                    "/campaign-templates/v1/",
                    &crate::request::path_segment(&self.id),
                    "/schedule",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`CertificationCampaignsApi::set_campaign_template_schedule_v1`](CertificationCampaignsApi::set_campaign_template_schedule_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type SetCampaignTemplateScheduleV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`CertificationCampaignsApi::set_campaign_template_schedule_v1`](CertificationCampaignsApi::set_campaign_template_schedule_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct SetCampaignTemplateScheduleV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
    schedule2: Option<models::Schedule2>,
}

impl SetCampaignTemplateScheduleV1 {
    /// The request body.
    #[inline]
    pub fn schedule2(mut self, schedule2: models::Schedule2) -> Self {
        self.schedule2 = Some(schedule2);
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

    /// Sends the request: `PUT /campaign-templates/v1/{id}/schedule`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<(), crate::SdkError<SetCampaignTemplateScheduleV1Error>>,
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
            crate::SdkError<SetCampaignTemplateScheduleV1Error>,
        >,
    > {
        crate::request::empty(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "setCampaignTemplateScheduleV1",
            self.options,
            move |client| {
                let path = [
                    "/campaign-templates/v1/",
                    &crate::request::path_segment(&self.id),
                    "/schedule",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::PUT, &path);
                if let Some(value) = &self.schedule2 {
                    request = crate::request::with_json(
                        "setCampaignTemplateScheduleV1",
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

/// The error statuses of [`CertificationCampaignsApi::delete_campaign_template_schedule_v1`](CertificationCampaignsApi::delete_campaign_template_schedule_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type DeleteCampaignTemplateScheduleV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`CertificationCampaignsApi::delete_campaign_template_schedule_v1`](CertificationCampaignsApi::delete_campaign_template_schedule_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteCampaignTemplateScheduleV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
}

impl DeleteCampaignTemplateScheduleV1 {
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

    /// Sends the request: `DELETE /campaign-templates/v1/{id}/schedule`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<(), crate::SdkError<DeleteCampaignTemplateScheduleV1Error>>,
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
            crate::SdkError<DeleteCampaignTemplateScheduleV1Error>,
        >,
    > {
        crate::request::empty(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "deleteCampaignTemplateScheduleV1",
            self.options,
            move |client| {
                let path = [
                    "/campaign-templates/v1/",
                    &crate::request::path_segment(&self.id),
                    "/schedule",
                ]
                    .concat();
                let request = client.request(reqwest::Method::DELETE, &path);
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`CertificationCampaignsApi::start_generate_campaign_template_v1`](CertificationCampaignsApi::start_generate_campaign_template_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type StartGenerateCampaignTemplateV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`CertificationCampaignsApi::start_generate_campaign_template_v1`](CertificationCampaignsApi::start_generate_campaign_template_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct StartGenerateCampaignTemplateV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
}

impl StartGenerateCampaignTemplateV1 {
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

    /// Sends the request: `POST /campaign-templates/v1/{id}/generate`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Campaignreference,
            crate::SdkError<StartGenerateCampaignTemplateV1Error>,
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
            crate::Response<models::Campaignreference>,
            crate::SdkError<StartGenerateCampaignTemplateV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "startGenerateCampaignTemplateV1",
            self.options,
            move |client| {
                let path = [
                    "/campaign-templates/v1/",
                    &crate::request::path_segment(&self.id),
                    "/generate",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::POST, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}
