//! Use this API to implement the certification campaign filter functionality. These filters can be used to create a certification campaign that includes a subset of your entitlements or users to certify.
//!
//! For example, if for a certification campaign an organization wants to certify only specific users or entitlements, then those can be included/excluded on the basis of campaign filters.
//!
//! For more information about creating a campaign filter, refer to [Creating a Campaign Filter](https://documentation.sailpoint.com/saas/help/certs/campaign_filters.html#creating-a-campaign-filter)
//!
//! You can create campaign filters using any of the following criteria types:
//!
//! - Access Profile : This criteria type includes or excludes access profiles from a campaign.
//!
//! - Account Attribute : This criteria type includes or excludes certification items that match a specified value in an account attribute.
//!
//! - Entitlement : This criteria type includes or excludes entitlements from a campaign.
//!
//! - Identity : This criteria type includes or excludes specific identities from your campaign.
//!
//! - Identity Attribute : This criteria type includes or excludes identities based on whether they have an identity attribute that matches criteria you've chosen.
//!
//! - Role : This criteria type includes or excludes roles, as opposed to identities.
//!
//! - Source : This criteria type includes or excludes entitlements from a source you select.
//!
//! For more information about these criteria types, refer to [Types of Campaign Filters](https://documentation.sailpoint.com/saas/help/certs/campaign_filters.html#types-of-campaign-filters)
//!
//! Once the campaign filter is created, it can be linked while creating the campaign. The generated campaign will have the items to review as per the campaign filter.
//!
//! For example, An inclusion campaign filter is created with a source of Source 1, an operation of Equals, and an entitlement of Entitlement 1. When this filter is selected, only users who have Entitlement 1 are included in the campaign, and only Entitlement 1 is shown in the certification.

use crate::models;

/// The Certification Campaign Filters operations: get them from [`Client::certification_campaign_filters`](crate::Client::certification_campaign_filters).
#[derive(Debug, Clone, Copy)]
pub struct CertificationCampaignFiltersApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The Certification Campaign Filters operations.
    #[inline]
    pub fn certification_campaign_filters(&self) -> CertificationCampaignFiltersApi<'_> {
        CertificationCampaignFiltersApi {
            client: self,
        }
    }
}

impl<'a> CertificationCampaignFiltersApi<'a> {
    /// List campaign filters
    ///
    /// Use this API to list all campaign filters. You can reduce scope with standard V3 query parameters.
    ///
    /// `GET /campaign-filters/v1` (`listCampaignFiltersV1`)
    #[inline]
    pub fn list_campaign_filters_v1(&self) -> ListCampaignFiltersV1 {
        ListCampaignFiltersV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            limit: None,
            start: None,
            include_system_filters: None,
        }
    }

    /// Create campaign filter
    ///
    /// Use this API to create a campaign filter based on filter details and criteria.
    ///
    /// `POST /campaign-filters/v1` (`createCampaignFilterV1`)
    #[inline]
    pub fn create_campaign_filter_v1(
        &self,
        campaignfilterdetails: models::Campaignfilterdetails,
    ) -> CreateCampaignFilterV1 {
        CreateCampaignFilterV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            campaignfilterdetails,
        }
    }

    /// Get campaign filter by id
    ///
    /// Retrieves information for an existing campaign filter using the filter's ID.
    ///
    /// `GET /campaign-filters/v1/{id}` (`getCampaignFilterByIdV1`)
    #[inline]
    pub fn get_campaign_filter_by_id_v1(
        &self,
        id: impl Into<String>,
    ) -> GetCampaignFilterByIdV1 {
        GetCampaignFilterByIdV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
        }
    }

    /// Updates a campaign filter
    ///
    /// Updates an existing campaign filter using the filter's ID.
    ///
    /// `POST /campaign-filters/v1/{id}` (`updateCampaignFilterV1`)
    #[inline]
    pub fn update_campaign_filter_v1(
        &self,
        id: impl Into<String>,
        campaignfilterdetails: models::Campaignfilterdetails,
    ) -> UpdateCampaignFilterV1 {
        UpdateCampaignFilterV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
            campaignfilterdetails,
        }
    }

    /// Deletes campaign filters
    ///
    /// Deletes campaign filters whose Ids are specified in the provided list of campaign filter Ids. Authorized callers must be an ORG_ADMIN or a CERT_ADMIN.
    ///
    /// `POST /campaign-filters/v1/delete` (`deleteCampaignFiltersV1`)
    #[inline]
    pub fn delete_campaign_filters_v1(
        &self,
        body: Vec<String>,
    ) -> DeleteCampaignFiltersV1 {
        DeleteCampaignFiltersV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            body,
        }
    }
}

/// The error statuses of [`CertificationCampaignFiltersApi::list_campaign_filters_v1`](CertificationCampaignFiltersApi::list_campaign_filters_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type ListCampaignFiltersV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`CertificationCampaignFiltersApi::list_campaign_filters_v1`](CertificationCampaignFiltersApi::list_campaign_filters_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListCampaignFiltersV1 {
    client: crate::Client,
    options: crate::request::Options,
    limit: Option<i32>,
    start: Option<i32>,
    include_system_filters: Option<bool>,
}

impl ListCampaignFiltersV1 {
    /// Max number of results to return.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// The server's default: `250`.
    #[inline]
    pub fn limit(mut self, limit: i32) -> Self {
        self.limit = Some(limit);
        self
    }

    /// Start/Offset into the full result set. Usually specified with *limit* to paginate through the results. See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// The server's default: `0`.
    #[inline]
    pub fn start(mut self, start: i32) -> Self {
        self.start = Some(start);
        self
    }

    /// If this is true, the API includes system filters in the count and results. Otherwise it excludes them. If no value is provided, the default is true.
    ///
    /// The server's default: `true`.
    #[inline]
    pub fn include_system_filters(mut self, include_system_filters: bool) -> Self {
        self.include_system_filters = Some(include_system_filters);
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

    /// Sends the request: `GET /campaign-filters/v1`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::ListCampaignFiltersV1200Response,
            crate::SdkError<ListCampaignFiltersV1Error>,
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
            crate::Response<models::ListCampaignFiltersV1200Response>,
            crate::SdkError<ListCampaignFiltersV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "listCampaignFiltersV1",
            self.options,
            move |client| {
                let path = "/campaign-filters/v1";
                let mut request = client.request(reqwest::Method::GET, path);
                let mut query: Vec<(&str, String)> = Vec::new();
                if let Some(value) = &self.limit {
                    query.push(("limit", value.to_string()));
                }
                if let Some(value) = &self.start {
                    query.push(("start", value.to_string()));
                }
                if let Some(value) = &self.include_system_filters {
                    query.push(("includeSystemFilters", value.to_string()));
                }
                request = request.query(&query);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`CertificationCampaignFiltersApi::create_campaign_filter_v1`](CertificationCampaignFiltersApi::create_campaign_filter_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type CreateCampaignFilterV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`CertificationCampaignFiltersApi::create_campaign_filter_v1`](CertificationCampaignFiltersApi::create_campaign_filter_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateCampaignFilterV1 {
    client: crate::Client,
    options: crate::request::Options,
    campaignfilterdetails: models::Campaignfilterdetails,
}

impl CreateCampaignFilterV1 {
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

    /// Sends the request: `POST /campaign-filters/v1`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Campaignfilterdetails,
            crate::SdkError<CreateCampaignFilterV1Error>,
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
            crate::Response<models::Campaignfilterdetails>,
            crate::SdkError<CreateCampaignFilterV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "createCampaignFilterV1",
            self.options,
            move |client| {
                let path = "/campaign-filters/v1";
                let mut request = client.request(reqwest::Method::POST, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.campaignfilterdetails;
                    request = crate::request::with_json(
                        "createCampaignFilterV1",
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

/// The error statuses of [`CertificationCampaignFiltersApi::get_campaign_filter_by_id_v1`](CertificationCampaignFiltersApi::get_campaign_filter_by_id_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetCampaignFilterByIdV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`CertificationCampaignFiltersApi::get_campaign_filter_by_id_v1`](CertificationCampaignFiltersApi::get_campaign_filter_by_id_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetCampaignFilterByIdV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
}

impl GetCampaignFilterByIdV1 {
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

    /// Sends the request: `GET /campaign-filters/v1/{id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Campaignfilterdetails,
            crate::SdkError<GetCampaignFilterByIdV1Error>,
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
            crate::Response<models::Campaignfilterdetails>,
            crate::SdkError<GetCampaignFilterByIdV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getCampaignFilterByIdV1",
            self.options,
            move |client| {
                let path = [
                    "/campaign-filters/v1/",
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

/// The error statuses of [`CertificationCampaignFiltersApi::update_campaign_filter_v1`](CertificationCampaignFiltersApi::update_campaign_filter_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type UpdateCampaignFilterV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`CertificationCampaignFiltersApi::update_campaign_filter_v1`](CertificationCampaignFiltersApi::update_campaign_filter_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateCampaignFilterV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
    campaignfilterdetails: models::Campaignfilterdetails,
}

impl UpdateCampaignFilterV1 {
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

    /// Sends the request: `POST /campaign-filters/v1/{id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Campaignfilterdetails,
            crate::SdkError<UpdateCampaignFilterV1Error>,
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
            crate::Response<models::Campaignfilterdetails>,
            crate::SdkError<UpdateCampaignFilterV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "updateCampaignFilterV1",
            self.options,
            move |client| {
                let path = [
                    "/campaign-filters/v1/",
                    &crate::request::path_segment(&self.id),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::POST, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.campaignfilterdetails;
                    request = crate::request::with_json(
                        "updateCampaignFilterV1",
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

/// The error statuses of [`CertificationCampaignFiltersApi::delete_campaign_filters_v1`](CertificationCampaignFiltersApi::delete_campaign_filters_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type DeleteCampaignFiltersV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`CertificationCampaignFiltersApi::delete_campaign_filters_v1`](CertificationCampaignFiltersApi::delete_campaign_filters_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteCampaignFiltersV1 {
    client: crate::Client,
    options: crate::request::Options,
    body: Vec<String>,
}

impl DeleteCampaignFiltersV1 {
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

    /// Sends the request: `POST /campaign-filters/v1/delete`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<(), crate::SdkError<DeleteCampaignFiltersV1Error>>,
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
            crate::SdkError<DeleteCampaignFiltersV1Error>,
        >,
    > {
        crate::request::empty(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "deleteCampaignFiltersV1",
            self.options,
            move |client| {
                let path = "/campaign-filters/v1/delete";
                let mut request = client.request(reqwest::Method::POST, path);
                {
                    let value = &self.body;
                    request = crate::request::with_json(
                        "deleteCampaignFiltersV1",
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
