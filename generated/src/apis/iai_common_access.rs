//! The IAI Common Access API.

use crate::models;

/// The IAI Common Access operations: get them from [`Client::iai_common_access`](crate::Client::iai_common_access).
#[derive(Debug, Clone, Copy)]
pub struct IaiCommonAccessApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The IAI Common Access operations.
    pub fn iai_common_access(&self) -> IaiCommonAccessApi<'_> {
        IaiCommonAccessApi { client: self }
    }
}

impl<'a> IaiCommonAccessApi<'a> {
    /// Get a paginated list of common access
    ///
    /// This endpoint returns the current common access for a customer. The returned items can be filtered and sorted. Requires authorization scope of iai:access-modeling:read
    ///
    /// `GET /common-access` (`getCommonAccess`)
    pub fn get_common_access(&self) -> GetCommonAccess<'a> {
        GetCommonAccess {
            client: self.client,
            offset: None,
            limit: None,
            count: None,
            filters: None,
            sorters: None,
        }
    }

    /// Create common access items
    ///
    /// This API is used to add roles/access profiles to the list of common access for a customer. Requires authorization scope of iai:access-modeling:create
    ///
    /// `POST /common-access` (`createCommonAccess`)
    pub fn create_common_access(
        &self,
        common_access_item_request: models::CommonAccessItemRequest,
    ) -> CreateCommonAccess<'a> {
        CreateCommonAccess {
            client: self.client,
            common_access_item_request,
        }
    }

    /// Bulk update common access status
    ///
    /// This submits an update request to the common access application. At this time there are no parameters. Requires authorization scope of iai:access-modeling:update
    ///
    /// `POST /common-access/update-status` (`updateCommonAccessStatusInBulk`)
    pub fn update_common_access_status_in_bulk(
        &self,
        common_access_id_status: Vec<models::CommonAccessIdStatus>,
    ) -> UpdateCommonAccessStatusInBulk<'a> {
        UpdateCommonAccessStatusInBulk {
            client: self.client,
            common_access_id_status,
        }
    }
}

/// The request of [`IaiCommonAccessApi::get_common_access`](IaiCommonAccessApi::get_common_access): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetCommonAccess<'a> {
    client: &'a crate::Client,
    offset: Option<i32>,
    limit: Option<i32>,
    count: Option<bool>,
    filters: Option<String>,
    sorters: Option<String>,
}

impl GetCommonAccess<'_> {
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

    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **status**: *eq, sw*
    ///
    /// **reviewedByUser** *eq*
    ///
    /// **access.id**: *eq, sw*
    ///
    /// **access.type**: *eq*
    ///
    /// **access.name**: *sw, eq*
    ///
    /// **access.description**: *sw, eq*
    pub fn filters(mut self, filters: impl Into<String>) -> Self {
        self.filters = Some(filters.into());
        self
    }

    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **access.name, status**
    ///
    /// By default the common access items are sorted by name, ascending.
    pub fn sorters(mut self, sorters: impl Into<String>) -> Self {
        self.sorters = Some(sorters.into());
        self
    }

    /// Sends the request: `GET /common-access`.
    pub async fn send(self) -> Result<Vec<models::CommonAccessResponse>, crate::Error> {
        let path = "/common-access";
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
        if let Some(value) = &self.filters {
            query.push(("filters", value.clone()));
        }
        if let Some(value) = &self.sorters {
            query.push(("sorters", value.clone()));
        }
        request = request.query(&query);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self.client.execute("getCommonAccess", request).await?;
        crate::request::json("getCommonAccess", response).await
    }
}

/// The request of [`IaiCommonAccessApi::create_common_access`](IaiCommonAccessApi::create_common_access): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateCommonAccess<'a> {
    client: &'a crate::Client,
    common_access_item_request: models::CommonAccessItemRequest,
}

impl CreateCommonAccess<'_> {
    /// Sends the request: `POST /common-access`.
    pub async fn send(self) -> Result<models::CommonAccessItemResponse, crate::Error> {
        let path = "/common-access";
        let mut request = self.client.request(reqwest::Method::POST, path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        {
            let value = self.common_access_item_request;
            request = crate::request::with_json(
                "createCommonAccess",
                request,
                "application/json",
                &value,
            )?;
        }
        let response = self.client.execute("createCommonAccess", request).await?;
        crate::request::json("createCommonAccess", response).await
    }
}

/// The request of [`IaiCommonAccessApi::update_common_access_status_in_bulk`](IaiCommonAccessApi::update_common_access_status_in_bulk): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateCommonAccessStatusInBulk<'a> {
    client: &'a crate::Client,
    common_access_id_status: Vec<models::CommonAccessIdStatus>,
}

impl UpdateCommonAccessStatusInBulk<'_> {
    /// Sends the request: `POST /common-access/update-status`.
    pub async fn send(
        self,
    ) -> Result<serde_json::Map<String, serde_json::Value>, crate::Error> {
        let path = "/common-access/update-status";
        let mut request = self.client.request(reqwest::Method::POST, path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        {
            let value = self.common_access_id_status;
            request = crate::request::with_json(
                "updateCommonAccessStatusInBulk",
                request,
                "application/json",
                &value,
            )?;
        }
        let response = self
            .client
            .execute("updateCommonAccessStatusInBulk", request)
            .await?;
        crate::request::json("updateCommonAccessStatusInBulk", response).await
    }
}
