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
    /// Use this API to get a list of campaigns. The API can provide increased level of detail for each campaign for the correct provided query. Though this Beta endpoint has been deprecated, you can find its V3 equivalent [here](https://developer.sailpoint.com/docs/api/v3/get-active-campaigns).
    ///
    /// A token with ORG_ADMIN, CERT_ADMIN or REPORT_ADMIN authority is required to call this API.
    ///
    /// `GET /campaigns` (`getActiveCampaigns`)
    #[deprecated(note = "deprecated in the spec")]
    #[inline]
    pub fn get_active_campaigns(&self) -> GetActiveCampaigns {
        GetActiveCampaigns {
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

    /// Create campaign
    ///
    /// Use this API to create a certification campaign with the information provided in the request body. Though this Beta endpoint has been deprecated, you can find its V3 equivalent [here](https://developer.sailpoint.com/docs/api/v3/create-campaign).
    ///
    /// A token with ORG_ADMIN or CERT_ADMIN authority is required to call this API.
    ///
    /// `POST /campaigns` (`createCampaign`)
    #[deprecated(note = "deprecated in the spec")]
    #[inline]
    pub fn create_campaign(&self, fullcampaign: models::Fullcampaign) -> CreateCampaign {
        CreateCampaign {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            fullcampaign,
        }
    }

    /// Delete campaigns
    ///
    /// Use this API to delete certification campaigns whose IDs are specified in the provided list of campaign IDs. Though this Beta endpoint has been deprecated, you can find its V3 equivalent [here](https://developer.sailpoint.com/docs/api/v3/delete-campaigns).
    ///
    /// A token with ORG_ADMIN or CERT_ADMIN authority is required to call this API.
    ///
    /// `POST /campaigns/delete` (`deleteCampaigns`)
    #[deprecated(note = "deprecated in the spec")]
    #[inline]
    pub fn delete_campaigns(
        &self,
        delete_campaigns_request: models::DeleteCampaignsRequest,
    ) -> DeleteCampaigns {
        DeleteCampaigns {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            delete_campaigns_request,
        }
    }

    /// Get campaign
    ///
    /// Use this API to get information for an existing certification campaign by the campaign's ID. Though this endpoint has been deprecated, you can find its V3 equivalent [here](https://developer.sailpoint.com/docs/api/v3/get-campaign).
    ///
    /// A token with ORG_ADMIN or CERT_ADMIN authority is required to call this API.
    ///
    /// `GET /campaigns/{id}` (`getCampaign`)
    #[deprecated(note = "deprecated in the spec")]
    #[inline]
    pub fn get_campaign(&self, id: impl Into<String>) -> GetCampaign {
        GetCampaign {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
        }
    }

    /// Update a campaign
    ///
    /// Use this API to update individual fields on a certification campaign, using the [JSON Patch](https://tools.ietf.org/html/rfc6902) standard. Though this endpoint has been deprecated, you can find its V3 equivalent [here](https://developer.sailpoint.com/docs/api/v3/update-campaign).
    ///
    /// A token with ORG_ADMIN or CERT_ADMIN authority is required to call this API.
    ///
    /// `PATCH /campaigns/{id}` (`updateCampaign`)
    #[deprecated(note = "deprecated in the spec")]
    #[inline]
    pub fn update_campaign(
        &self,
        id: impl Into<String>,
        body: Vec<serde_json::Map<String, serde_json::Value>>,
    ) -> UpdateCampaign {
        UpdateCampaign {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
            body,
        }
    }

    /// Activate a campaign
    ///
    /// Use this API to submit a job to activate the certified campaign with the specified ID. The campaign must be staged. Though this Beta endpoint has been deprecated, you can find its V3 equivalent [here](https://developer.sailpoint.com/docs/api/v3/start-campaign).
    ///
    /// A token with ORG_ADMIN or CERT_ADMIN authority is required to call this API.
    ///
    /// `POST /campaigns/{id}/activate` (`startCampaign`)
    #[deprecated(note = "deprecated in the spec")]
    #[inline]
    pub fn start_campaign(&self, id: impl Into<String>) -> StartCampaign {
        StartCampaign {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
            activate_campaign_options: None,
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
    /// can complete a certification even if all items have not been completed. Though this Beta endpoint has been deprecated, you can find its V3 equivalent [here](https://developer.sailpoint.com/docs/api/v3/complete-campaign).
    ///
    /// A token with ORG_ADMIN or CERT_ADMIN authority is required to call this API.
    ///
    /// `POST /campaigns/{id}/complete` (`completeCampaign`)
    #[deprecated(note = "deprecated in the spec")]
    #[inline]
    pub fn complete_campaign(&self, id: impl Into<String>) -> CompleteCampaign {
        CompleteCampaign {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
            complete_campaign_options: None,
        }
    }

    /// Run campaign remediation scan
    ///
    /// Use this API to run a remediation scan task for a certification campaign. Though this Beta endpoint has been deprecated, you can find its V3 equivalent [here](https://developer.sailpoint.com/docs/api/v3/start-campaign-remediation-scan).
    ///
    /// A token with ORG_ADMIN, CERT_ADMIN or REPORT_ADMIN authority is required to call this API.
    ///
    /// `POST /campaigns/{id}/run-remediation-scan` (`startCampaignRemediationScan`)
    #[deprecated(note = "deprecated in the spec")]
    #[inline]
    pub fn start_campaign_remediation_scan(
        &self,
        id: impl Into<String>,
    ) -> StartCampaignRemediationScan {
        StartCampaignRemediationScan {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
        }
    }

    /// Reassign certifications
    ///
    /// This API reassigns the specified certifications from one identity to another.  Though this Beta endpoint has been deprecated, you can find its V3 equivalent [here](https://developer.sailpoint.com/docs/api/v3/move).
    ///
    /// A token with ORG_ADMIN or CERT_ADMIN authority is required to call this API.
    ///
    /// `POST /campaigns/{id}/reassign` (`move`)
    #[deprecated(note = "deprecated in the spec")]
    #[inline]
    pub fn r#move(
        &self,
        id: impl Into<String>,
        admin_review_reassign: models::AdminReviewReassign,
    ) -> Move {
        Move {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
            admin_review_reassign,
        }
    }

    /// Get campaign reports
    ///
    /// Use this API to fetch all reports for a certification campaign by campaign ID. Though this Beta endpoint has been deprecated, you can find its V3 equivalent [here](https://developer.sailpoint.com/docs/api/v3/get-campaign-reports).
    ///
    /// A token with ORG_ADMIN, CERT_ADMIN or REPORT_ADMIN authority is required to call this API.
    ///
    /// `GET /campaigns/{id}/reports` (`getCampaignReports`)
    #[deprecated(note = "deprecated in the spec")]
    #[inline]
    pub fn get_campaign_reports(&self, id: impl Into<String>) -> GetCampaignReports {
        GetCampaignReports {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
        }
    }

    /// Run campaign report
    ///
    /// Use this API to run a report for a certification campaign. Though this Beta endpoint has been deprecated, you can find its V3 equivalent [here](https://developer.sailpoint.com/docs/api/v3/start-campaign-report).
    ///
    /// A token with ORG_ADMIN, CERT_ADMIN or REPORT_ADMIN authority is required to call this API.
    ///
    /// `POST /campaigns/{id}/run-report/{type}` (`startCampaignReport`)
    #[deprecated(note = "deprecated in the spec")]
    #[inline]
    pub fn start_campaign_report(
        &self,
        id: impl Into<String>,
        r#type: models::ReportType,
    ) -> StartCampaignReport {
        StartCampaignReport {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
            r#type,
        }
    }

    /// Get campaign reports configuration
    ///
    /// Use this API to fetch the configuration for certification campaign reports. The configuration includes only one element - identity attributes defined as custom report columns. Though this Beta endpoint has been deprecated, you can find its V3 equivalent [here](https://developer.sailpoint.com/docs/api/v3/get-campaign-reports-config).
    ///
    /// A token with ORG_ADMIN or CERT_ADMIN authority is required to call this API.
    ///
    /// `GET /campaigns/reports-configuration` (`getCampaignReportsConfig`)
    #[deprecated(note = "deprecated in the spec")]
    #[inline]
    pub fn get_campaign_reports_config(&self) -> GetCampaignReportsConfig {
        GetCampaignReportsConfig {
            client: self.client.clone(),
            options: crate::request::Options::default(),
        }
    }

    /// Set campaign reports configuration
    ///
    /// Use this API to overwrite the configuration for campaign reports. Though this Beta endpoint has been deprecated, you can find its V3 equivalent [here](https://developer.sailpoint.com/docs/api/v3/set-campaign-reports-config).
    ///
    /// A token with ORG_ADMIN or CERT_ADMIN authority is required to call this API.
    ///
    /// `PUT /campaigns/reports-configuration` (`setCampaignReportsConfig`)
    #[deprecated(note = "deprecated in the spec")]
    #[inline]
    pub fn set_campaign_reports_config(
        &self,
        campaign_reports_config: models::CampaignReportsConfig,
    ) -> SetCampaignReportsConfig {
        SetCampaignReportsConfig {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            campaign_reports_config,
        }
    }

    /// List campaign templates
    ///
    /// Use this API to get a list of all campaign templates. Scope can be reduced through standard V3 query params. Though this Beta endpoint has been deprecated, you can find its V3 equivalent [here](https://developer.sailpoint.com/docs/api/v2025/get-campaign-templates).
    ///
    /// The endpoint returns all campaign templates matching the query parameters.
    ///
    /// A token with ORG_ADMIN or CERT_ADMIN authority is required to call this API.
    ///
    /// `GET /campaign-templates` (`getCampaignTemplates`)
    #[deprecated(note = "deprecated in the spec")]
    #[inline]
    pub fn get_campaign_templates(&self) -> GetCampaignTemplates {
        GetCampaignTemplates {
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
    /// Use this API to create a campaign template based on campaign. Though this Beta endpoint has been deprecated, you can find its V3 equivalent [here](https://developer.sailpoint.com/docs/api/v3/create-campaign-template).
    ///
    /// A token with ORG_ADMIN or CERT_ADMIN authority is required to call this API.
    ///
    /// `POST /campaign-templates` (`createCampaignTemplate`)
    #[deprecated(note = "deprecated in the spec")]
    #[inline]
    pub fn create_campaign_template(
        &self,
        campaign_template: models::CampaignTemplate,
    ) -> CreateCampaignTemplate {
        CreateCampaignTemplate {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            campaign_template,
        }
    }

    /// Get a campaign template
    ///
    /// Use this API to fetch a certification campaign template by ID. Though this Beta endpoint has been deprecated, you can find its V3 equivalent [here](https://developer.sailpoint.com/docs/api/v3/get-campaign-template).
    ///
    /// A token with ORG_ADMIN or CERT_ADMIN authority is required to call this API.
    ///
    /// `GET /campaign-templates/{id}` (`getCampaignTemplate`)
    #[deprecated(note = "deprecated in the spec")]
    #[inline]
    pub fn get_campaign_template(&self, id: impl Into<String>) -> GetCampaignTemplate {
        GetCampaignTemplate {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
        }
    }

    /// Delete a campaign template
    ///
    /// Use this API to delete a certification campaign template by ID. Though this Beta endpoint has been deprecated, you can find its V3 equivalent [here](https://developer.sailpoint.com/docs/api/v3/delete-campaign-template).
    ///
    /// A token with ORG_ADMIN or CERT_ADMIN authority is required to call this API.
    ///
    /// `DELETE /campaign-templates/{id}` (`deleteCampaignTemplate`)
    #[deprecated(note = "deprecated in the spec")]
    #[inline]
    pub fn delete_campaign_template(
        &self,
        id: impl Into<String>,
    ) -> DeleteCampaignTemplate {
        DeleteCampaignTemplate {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
        }
    }

    /// Update a campaign template
    ///
    /// Use this API to update individual fields on a certification campaign template, using the [JSON Patch](https://tools.ietf.org/html/rfc6902) standard. Though this Beta endpoint has been deprecated, you can find its V3 equivalent [here](https://developer.sailpoint.com/docs/api/v3/patch-campaign-template).
    ///
    /// A token with ORG_ADMIN or CERT_ADMIN authority is required to call this API.
    ///
    /// `PATCH /campaign-templates/{id}` (`patchCampaignTemplate`)
    #[deprecated(note = "deprecated in the spec")]
    #[inline]
    pub fn patch_campaign_template(
        &self,
        id: impl Into<String>,
        json_patch_operation: Vec<models::JsonPatchOperation>,
    ) -> PatchCampaignTemplate {
        PatchCampaignTemplate {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
            json_patch_operation,
        }
    }

    /// Generate a campaign from template
    ///
    /// Use this API to generate a new certification campaign from a campaign template.
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
    /// Though this Beta endpoint has been deprecated, you can find its V3 equivalent [here](https://developer.sailpoint.com/docs/api/v3/start-generate-campaign-template).
    ///
    /// A token with ORG_ADMIN or CERT_ADMIN authority is required to call this API.
    ///
    /// `POST /campaign-templates/{id}/generate` (`startGenerateCampaignTemplate`)
    #[deprecated(note = "deprecated in the spec")]
    #[inline]
    pub fn start_generate_campaign_template(
        &self,
        id: impl Into<String>,
    ) -> StartGenerateCampaignTemplate {
        StartGenerateCampaignTemplate {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
        }
    }

    /// Get campaign template schedule
    ///
    /// Use this API to get the schedule for a certification campaign template. The API returns a 404 if there is no schedule set. Though this Beta endpoint has been deprecated, you can find its V3 equivalent [here](https://developer.sailpoint.com/docs/api/v3/get-campaign-template-schedule).
    ///
    /// A token with ORG_ADMIN or CERT_ADMIN authority is required to call this API.
    ///
    /// `GET /campaign-templates/{id}/schedule` (`getCampaignTemplateSchedule`)
    #[deprecated(note = "deprecated in the spec")]
    #[inline]
    pub fn get_campaign_template_schedule(
        &self,
        id: impl Into<String>,
    ) -> GetCampaignTemplateSchedule {
        GetCampaignTemplateSchedule {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
        }
    }

    /// Set campaign template schedule
    ///
    /// Use this API to set the schedule for a certification campaign template. If a schedule already exists, the API overwrites it with the new one.
    /// Though this Beta endpoint has been deprecated, you can find its V3 equivalent [here](https://developer.sailpoint.com/docs/api/v3/set-campaign-template-schedule).
    ///
    /// A token with ORG_ADMIN or CERT_ADMIN authority is required to call this API.
    ///
    /// `PUT /campaign-templates/{id}/schedule` (`setCampaignTemplateSchedule`)
    #[deprecated(note = "deprecated in the spec")]
    #[inline]
    pub fn set_campaign_template_schedule(
        &self,
        id: impl Into<String>,
    ) -> SetCampaignTemplateSchedule {
        SetCampaignTemplateSchedule {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
            schedule: None,
        }
    }

    /// Delete campaign template schedule
    ///
    /// Use this API to delete the schedule for a certification campaign template. The API returns a 404 if there is no schedule set. Though this Beta endpoint has been deprecated, you can find its V3 equivalent [here](https://developer.sailpoint.com/docs/api/v3/delete-campaign-template-schedule).
    ///
    /// A token with ORG_ADMIN or CERT_ADMIN authority is required to call this API.
    ///
    /// `DELETE /campaign-templates/{id}/schedule` (`deleteCampaignTemplateSchedule`)
    #[deprecated(note = "deprecated in the spec")]
    #[inline]
    pub fn delete_campaign_template_schedule(
        &self,
        id: impl Into<String>,
    ) -> DeleteCampaignTemplateSchedule {
        DeleteCampaignTemplateSchedule {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
        }
    }
}

/// The error statuses of [`CertificationCampaignsApi::get_active_campaigns`](CertificationCampaignsApi::get_active_campaigns), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type GetActiveCampaignsError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`CertificationCampaignsApi::get_active_campaigns`](CertificationCampaignsApi::get_active_campaigns): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetActiveCampaigns {
    client: crate::Client,
    options: crate::request::Options,
    detail: Option<models::GetActiveCampaignsDetail>,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
    filters: Option<String>,
    sorters: Option<String>,
    listing: crate::pagination::Listing,
}

impl GetActiveCampaigns {
    /// Determines whether slim, or increased level of detail is provided for each campaign in the returned list. Slim is the default behavior.
    #[inline]
    pub fn detail(mut self, detail: models::GetActiveCampaignsDetail) -> Self {
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

    /// Sends the request: `GET /campaigns`; returns one page.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::GetActiveCampaigns200ResponseInner>,
            crate::SdkError<GetActiveCampaignsError>,
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
            crate::Page<models::GetActiveCampaigns200ResponseInner>,
            crate::SdkError<GetActiveCampaignsError>,
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
            models::GetActiveCampaigns200ResponseInner,
            crate::SdkError<GetActiveCampaignsError>,
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
            crate::Response<Vec<models::GetActiveCampaigns200ResponseInner>>,
            crate::SdkError<GetActiveCampaignsError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getActiveCampaigns",
            self.options,
            move |client| {
                let path = "/campaigns";
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

/// The error statuses of [`CertificationCampaignsApi::create_campaign`](CertificationCampaignsApi::create_campaign), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type CreateCampaignError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`CertificationCampaignsApi::create_campaign`](CertificationCampaignsApi::create_campaign): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateCampaign {
    client: crate::Client,
    options: crate::request::Options,
    fullcampaign: models::Fullcampaign,
}

impl CreateCampaign {
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

    /// Sends the request: `POST /campaigns`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<models::Fullcampaign, crate::SdkError<CreateCampaignError>>,
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
            crate::Response<models::Fullcampaign>,
            crate::SdkError<CreateCampaignError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "createCampaign",
            self.options,
            move |client| {
                let path = "/campaigns";
                let mut request = client.request(reqwest::Method::POST, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.fullcampaign;
                    request = crate::request::with_json(
                        "createCampaign",
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

/// The error statuses of [`CertificationCampaignsApi::delete_campaigns`](CertificationCampaignsApi::delete_campaigns), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type DeleteCampaignsError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`CertificationCampaignsApi::delete_campaigns`](CertificationCampaignsApi::delete_campaigns): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteCampaigns {
    client: crate::Client,
    options: crate::request::Options,
    delete_campaigns_request: models::DeleteCampaignsRequest,
}

impl DeleteCampaigns {
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

    /// Sends the request: `POST /campaigns/delete`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            serde_json::Map<String, serde_json::Value>,
            crate::SdkError<DeleteCampaignsError>,
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
            crate::SdkError<DeleteCampaignsError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "deleteCampaigns",
            self.options,
            move |client| {
                let path = "/campaigns/delete";
                let mut request = client.request(reqwest::Method::POST, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.delete_campaigns_request;
                    request = crate::request::with_json(
                        "deleteCampaigns",
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

/// The error statuses of [`CertificationCampaignsApi::get_campaign`](CertificationCampaignsApi::get_campaign), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetCampaignError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`CertificationCampaignsApi::get_campaign`](CertificationCampaignsApi::get_campaign): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetCampaign {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
}

impl GetCampaign {
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

    /// Sends the request: `GET /campaigns/{id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<models::SlimCampaign, crate::SdkError<GetCampaignError>>,
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
            crate::Response<models::SlimCampaign>,
            crate::SdkError<GetCampaignError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getCampaign",
            self.options,
            move |client| {
                let path = ["/campaigns/", &crate::request::path_segment(&self.id)]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`CertificationCampaignsApi::update_campaign`](CertificationCampaignsApi::update_campaign), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type UpdateCampaignError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`CertificationCampaignsApi::update_campaign`](CertificationCampaignsApi::update_campaign): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateCampaign {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
    body: Vec<serde_json::Map<String, serde_json::Value>>,
}

impl UpdateCampaign {
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

    /// Sends the request: `PATCH /campaigns/{id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<models::SlimCampaign, crate::SdkError<UpdateCampaignError>>,
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
            crate::Response<models::SlimCampaign>,
            crate::SdkError<UpdateCampaignError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "updateCampaign",
            self.options,
            move |client| {
                let path = ["/campaigns/", &crate::request::path_segment(&self.id)]
                    .concat();
                let mut request = client.request(reqwest::Method::PATCH, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.body;
                    request = crate::request::with_json(
                        "updateCampaign",
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

/// The error statuses of [`CertificationCampaignsApi::start_campaign`](CertificationCampaignsApi::start_campaign), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type StartCampaignError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`CertificationCampaignsApi::start_campaign`](CertificationCampaignsApi::start_campaign): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct StartCampaign {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
    activate_campaign_options: Option<models::ActivateCampaignOptions>,
}

impl StartCampaign {
    /// Optional. If no timezone is specified, the standard UTC timezone is used (i.e. UTC+00:00). Although this can take any timezone, the intended value is the caller's timezone. The activation time calculated from the given timezone may cause the campaign deadline time to be modified, but it will remain within the original date. The timezone must be in a valid ISO 8601 format.
    #[inline]
    pub fn activate_campaign_options(
        mut self,
        activate_campaign_options: models::ActivateCampaignOptions,
    ) -> Self {
        self.activate_campaign_options = Some(activate_campaign_options);
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

    /// Sends the request: `POST /campaigns/{id}/activate`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            serde_json::Map<String, serde_json::Value>,
            crate::SdkError<StartCampaignError>,
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
            crate::SdkError<StartCampaignError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "startCampaign",
            self.options,
            move |client| {
                let path = [
                    "/campaigns/",
                    &crate::request::path_segment(&self.id),
                    "/activate",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::POST, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                if let Some(value) = &self.activate_campaign_options {
                    request = crate::request::with_json(
                        "startCampaign",
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

/// The error statuses of [`CertificationCampaignsApi::complete_campaign`](CertificationCampaignsApi::complete_campaign), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type CompleteCampaignError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`CertificationCampaignsApi::complete_campaign`](CertificationCampaignsApi::complete_campaign): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CompleteCampaign {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
    complete_campaign_options: Option<models::CompleteCampaignOptions>,
}

impl CompleteCampaign {
    /// Optional. Default behavior is for the campaign to auto-approve upon completion, unless autoCompleteAction=REVOKE
    #[inline]
    pub fn complete_campaign_options(
        mut self,
        complete_campaign_options: models::CompleteCampaignOptions,
    ) -> Self {
        self.complete_campaign_options = Some(complete_campaign_options);
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

    /// Sends the request: `POST /campaigns/{id}/complete`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            serde_json::Map<String, serde_json::Value>,
            crate::SdkError<CompleteCampaignError>,
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
            crate::SdkError<CompleteCampaignError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "completeCampaign",
            self.options,
            move |client| {
                let path = [
                    "/campaigns/",
                    &crate::request::path_segment(&self.id),
                    "/complete",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::POST, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                if let Some(value) = &self.complete_campaign_options {
                    request = crate::request::with_json(
                        "completeCampaign",
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

/// The error statuses of [`CertificationCampaignsApi::start_campaign_remediation_scan`](CertificationCampaignsApi::start_campaign_remediation_scan), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type StartCampaignRemediationScanError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`CertificationCampaignsApi::start_campaign_remediation_scan`](CertificationCampaignsApi::start_campaign_remediation_scan): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct StartCampaignRemediationScan {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
}

impl StartCampaignRemediationScan {
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

    /// Sends the request: `POST /campaigns/{id}/run-remediation-scan`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            serde_json::Map<String, serde_json::Value>,
            crate::SdkError<StartCampaignRemediationScanError>,
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
            crate::SdkError<StartCampaignRemediationScanError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "startCampaignRemediationScan",
            self.options,
            move |client| {
                let path = [
                    "/campaigns/",
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

/// The error statuses of [`CertificationCampaignsApi::move`](CertificationCampaignsApi::move), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type MoveError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`CertificationCampaignsApi::move`](CertificationCampaignsApi::move): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct Move {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
    admin_review_reassign: models::AdminReviewReassign,
}

impl Move {
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

    /// Sends the request: `POST /campaigns/{id}/reassign`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<models::CertificationTask, crate::SdkError<MoveError>>,
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
            crate::Response<models::CertificationTask>,
            crate::SdkError<MoveError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "move",
            self.options,
            move |client| {
                let path = [
                    "/campaigns/",
                    &crate::request::path_segment(&self.id),
                    "/reassign",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::POST, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.admin_review_reassign;
                    request = crate::request::with_json(
                        "move",
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

/// The error statuses of [`CertificationCampaignsApi::get_campaign_reports`](CertificationCampaignsApi::get_campaign_reports), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetCampaignReportsError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`CertificationCampaignsApi::get_campaign_reports`](CertificationCampaignsApi::get_campaign_reports): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetCampaignReports {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
}

impl GetCampaignReports {
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

    /// Sends the request: `GET /campaigns/{id}/reports`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::CampaignReport>,
            crate::SdkError<GetCampaignReportsError>,
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
            crate::Response<Vec<models::CampaignReport>>,
            crate::SdkError<GetCampaignReportsError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getCampaignReports",
            self.options,
            move |client| {
                let path = [
                    "/campaigns/",
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

/// The error statuses of [`CertificationCampaignsApi::start_campaign_report`](CertificationCampaignsApi::start_campaign_report), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type StartCampaignReportError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`CertificationCampaignsApi::start_campaign_report`](CertificationCampaignsApi::start_campaign_report): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct StartCampaignReport {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
    r#type: models::ReportType,
}

impl StartCampaignReport {
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

    /// Sends the request: `POST /campaigns/{id}/run-report/{type}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            serde_json::Map<String, serde_json::Value>,
            crate::SdkError<StartCampaignReportError>,
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
            crate::SdkError<StartCampaignReportError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "startCampaignReport",
            self.options,
            move |client| {
                let path = [
                    "/campaigns/",
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

/// The error statuses of [`CertificationCampaignsApi::get_campaign_reports_config`](CertificationCampaignsApi::get_campaign_reports_config), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type GetCampaignReportsConfigError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`CertificationCampaignsApi::get_campaign_reports_config`](CertificationCampaignsApi::get_campaign_reports_config): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetCampaignReportsConfig {
    client: crate::Client,
    options: crate::request::Options,
}

impl GetCampaignReportsConfig {
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

    /// Sends the request: `GET /campaigns/reports-configuration`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::CampaignReportsConfig,
            crate::SdkError<GetCampaignReportsConfigError>,
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
            crate::Response<models::CampaignReportsConfig>,
            crate::SdkError<GetCampaignReportsConfigError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getCampaignReportsConfig",
            self.options,
            move |client| {
                let path = "/campaigns/reports-configuration";
                let mut request = client.request(reqwest::Method::GET, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`CertificationCampaignsApi::set_campaign_reports_config`](CertificationCampaignsApi::set_campaign_reports_config), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type SetCampaignReportsConfigError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`CertificationCampaignsApi::set_campaign_reports_config`](CertificationCampaignsApi::set_campaign_reports_config): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct SetCampaignReportsConfig {
    client: crate::Client,
    options: crate::request::Options,
    campaign_reports_config: models::CampaignReportsConfig,
}

impl SetCampaignReportsConfig {
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

    /// Sends the request: `PUT /campaigns/reports-configuration`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::CampaignReportsConfig,
            crate::SdkError<SetCampaignReportsConfigError>,
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
            crate::Response<models::CampaignReportsConfig>,
            crate::SdkError<SetCampaignReportsConfigError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "setCampaignReportsConfig",
            self.options,
            move |client| {
                let path = "/campaigns/reports-configuration";
                let mut request = client.request(reqwest::Method::PUT, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.campaign_reports_config;
                    request = crate::request::with_json(
                        "setCampaignReportsConfig",
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

/// The error statuses of [`CertificationCampaignsApi::get_campaign_templates`](CertificationCampaignsApi::get_campaign_templates), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type GetCampaignTemplatesError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`CertificationCampaignsApi::get_campaign_templates`](CertificationCampaignsApi::get_campaign_templates): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetCampaignTemplates {
    client: crate::Client,
    options: crate::request::Options,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
    sorters: Option<String>,
    filters: Option<String>,
    listing: crate::pagination::Listing,
}

impl GetCampaignTemplates {
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

    /// Sends the request: `GET /campaign-templates`; returns one page.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::CampaignTemplate>,
            crate::SdkError<GetCampaignTemplatesError>,
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
            crate::Page<models::CampaignTemplate>,
            crate::SdkError<GetCampaignTemplatesError>,
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
            models::CampaignTemplate,
            crate::SdkError<GetCampaignTemplatesError>,
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
            crate::Response<Vec<models::CampaignTemplate>>,
            crate::SdkError<GetCampaignTemplatesError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getCampaignTemplates",
            self.options,
            move |client| {
                let path = "/campaign-templates";
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

/// The error statuses of [`CertificationCampaignsApi::create_campaign_template`](CertificationCampaignsApi::create_campaign_template), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type CreateCampaignTemplateError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`CertificationCampaignsApi::create_campaign_template`](CertificationCampaignsApi::create_campaign_template): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateCampaignTemplate {
    client: crate::Client,
    options: crate::request::Options,
    campaign_template: models::CampaignTemplate,
}

impl CreateCampaignTemplate {
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

    /// Sends the request: `POST /campaign-templates`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::CampaignTemplate,
            crate::SdkError<CreateCampaignTemplateError>,
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
            crate::Response<models::CampaignTemplate>,
            crate::SdkError<CreateCampaignTemplateError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "createCampaignTemplate",
            self.options,
            move |client| {
                let path = "/campaign-templates";
                let mut request = client.request(reqwest::Method::POST, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.campaign_template;
                    request = crate::request::with_json(
                        "createCampaignTemplate",
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

/// The error statuses of [`CertificationCampaignsApi::get_campaign_template`](CertificationCampaignsApi::get_campaign_template), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetCampaignTemplateError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`CertificationCampaignsApi::get_campaign_template`](CertificationCampaignsApi::get_campaign_template): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetCampaignTemplate {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
}

impl GetCampaignTemplate {
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

    /// Sends the request: `GET /campaign-templates/{id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::CampaignTemplate,
            crate::SdkError<GetCampaignTemplateError>,
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
            crate::Response<models::CampaignTemplate>,
            crate::SdkError<GetCampaignTemplateError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getCampaignTemplate",
            self.options,
            move |client| {
                let path = [
                    "/campaign-templates/",
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

/// The error statuses of [`CertificationCampaignsApi::delete_campaign_template`](CertificationCampaignsApi::delete_campaign_template), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type DeleteCampaignTemplateError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`CertificationCampaignsApi::delete_campaign_template`](CertificationCampaignsApi::delete_campaign_template): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteCampaignTemplate {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
}

impl DeleteCampaignTemplate {
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

    /// Sends the request: `DELETE /campaign-templates/{id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<(), crate::SdkError<DeleteCampaignTemplateError>>> {
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
            crate::SdkError<DeleteCampaignTemplateError>,
        >,
    > {
        crate::request::empty(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "deleteCampaignTemplate",
            self.options,
            move |client| {
                let path = [
                    "/campaign-templates/",
                    &crate::request::path_segment(&self.id),
                ]
                    .concat();
                let request = client.request(reqwest::Method::DELETE, &path);
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`CertificationCampaignsApi::patch_campaign_template`](CertificationCampaignsApi::patch_campaign_template), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type PatchCampaignTemplateError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`CertificationCampaignsApi::patch_campaign_template`](CertificationCampaignsApi::patch_campaign_template): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PatchCampaignTemplate {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
    json_patch_operation: Vec<models::JsonPatchOperation>,
}

impl PatchCampaignTemplate {
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

    /// Sends the request: `PATCH /campaign-templates/{id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::CampaignTemplate,
            crate::SdkError<PatchCampaignTemplateError>,
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
            crate::Response<models::CampaignTemplate>,
            crate::SdkError<PatchCampaignTemplateError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "patchCampaignTemplate",
            self.options,
            move |client| {
                let path = [
                    "/campaign-templates/",
                    &crate::request::path_segment(&self.id),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::PATCH, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.json_patch_operation;
                    request = crate::request::with_json(
                        "patchCampaignTemplate",
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

/// The error statuses of [`CertificationCampaignsApi::start_generate_campaign_template`](CertificationCampaignsApi::start_generate_campaign_template), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type StartGenerateCampaignTemplateError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`CertificationCampaignsApi::start_generate_campaign_template`](CertificationCampaignsApi::start_generate_campaign_template): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct StartGenerateCampaignTemplate {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
}

impl StartGenerateCampaignTemplate {
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

    /// Sends the request: `POST /campaign-templates/{id}/generate`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::CampaignReference,
            crate::SdkError<StartGenerateCampaignTemplateError>,
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
            crate::Response<models::CampaignReference>,
            crate::SdkError<StartGenerateCampaignTemplateError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "startGenerateCampaignTemplate",
            self.options,
            move |client| {
                let path = [
                    "/campaign-templates/",
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

/// The error statuses of [`CertificationCampaignsApi::get_campaign_template_schedule`](CertificationCampaignsApi::get_campaign_template_schedule), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetCampaignTemplateScheduleError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`CertificationCampaignsApi::get_campaign_template_schedule`](CertificationCampaignsApi::get_campaign_template_schedule): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetCampaignTemplateSchedule {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
}

impl GetCampaignTemplateSchedule {
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

    /// Sends the request: `GET /campaign-templates/{id}/schedule`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Schedule,
            crate::SdkError<GetCampaignTemplateScheduleError>,
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
            crate::Response<models::Schedule>,
            crate::SdkError<GetCampaignTemplateScheduleError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getCampaignTemplateSchedule",
            self.options,
            move |client| {
                let path = [
                    "/campaign-templates/",
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

/// The error statuses of [`CertificationCampaignsApi::set_campaign_template_schedule`](CertificationCampaignsApi::set_campaign_template_schedule), each with the body the spec declares:
///
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type SetCampaignTemplateScheduleError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`CertificationCampaignsApi::set_campaign_template_schedule`](CertificationCampaignsApi::set_campaign_template_schedule): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct SetCampaignTemplateSchedule {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
    schedule: Option<models::Schedule>,
}

impl SetCampaignTemplateSchedule {
    /// The request body.
    #[inline]
    pub fn schedule(mut self, schedule: models::Schedule) -> Self {
        self.schedule = Some(schedule);
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

    /// Sends the request: `PUT /campaign-templates/{id}/schedule`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<(), crate::SdkError<SetCampaignTemplateScheduleError>>,
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
            crate::SdkError<SetCampaignTemplateScheduleError>,
        >,
    > {
        crate::request::empty(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "setCampaignTemplateSchedule",
            self.options,
            move |client| {
                let path = [
                    "/campaign-templates/",
                    &crate::request::path_segment(&self.id),
                    "/schedule",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::PUT, &path);
                if let Some(value) = &self.schedule {
                    request = crate::request::with_json(
                        "setCampaignTemplateSchedule",
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

/// The error statuses of [`CertificationCampaignsApi::delete_campaign_template_schedule`](CertificationCampaignsApi::delete_campaign_template_schedule), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type DeleteCampaignTemplateScheduleError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`CertificationCampaignsApi::delete_campaign_template_schedule`](CertificationCampaignsApi::delete_campaign_template_schedule): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteCampaignTemplateSchedule {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
}

impl DeleteCampaignTemplateSchedule {
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

    /// Sends the request: `DELETE /campaign-templates/{id}/schedule`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<(), crate::SdkError<DeleteCampaignTemplateScheduleError>>,
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
            crate::SdkError<DeleteCampaignTemplateScheduleError>,
        >,
    > {
        crate::request::empty(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "deleteCampaignTemplateSchedule",
            self.options,
            move |client| {
                let path = [
                    "/campaign-templates/",
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
