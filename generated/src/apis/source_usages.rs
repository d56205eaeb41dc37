//! Use this API to implement source usage insight functionality.
//! With this functionality in place, administrators can gather information and insights about how their tenants' sources are being used.
//! This allows organizations to get the information they need to start optimizing and securing source usage.

use crate::models;

/// The Source Usages operations: get them from [`Client::source_usages`](crate::Client::source_usages).
#[derive(Debug, Clone, Copy)]
pub struct SourceUsagesApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The Source Usages operations.
    pub fn source_usages(&self) -> SourceUsagesApi<'_> {
        SourceUsagesApi { client: self }
    }
}

impl<'a> SourceUsagesApi<'a> {
    /// Finds status of source usage
    ///
    /// This API returns the status of the source usage insights setup by IDN source ID.
    ///
    /// `GET /source-usages/{sourceId}/status` (`getStatusBySourceId`)
    pub fn get_status_by_source_id(
        &self,
        source_id: impl Into<String>,
    ) -> GetStatusBySourceId<'a> {
        GetStatusBySourceId {
            client: self.client,
            source_id: source_id.into(),
        }
    }

    /// Returns source usage insights
    ///
    /// This API returns a summary of source usage insights for past 12 months.
    ///
    /// `GET /source-usages/{sourceId}/summaries` (`getUsagesBySourceId`)
    pub fn get_usages_by_source_id(
        &self,
        source_id: impl Into<String>,
    ) -> GetUsagesBySourceId<'a> {
        GetUsagesBySourceId {
            client: self.client,
            source_id: source_id.into(),
            limit: None,
            offset: None,
            count: None,
            sorters: None,
        }
    }
}

/// The request of [`SourceUsagesApi::get_status_by_source_id`](SourceUsagesApi::get_status_by_source_id): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetStatusBySourceId<'a> {
    client: &'a crate::Client,
    source_id: String,
}

impl GetStatusBySourceId<'_> {
    /// Sends the request: `GET /source-usages/{sourceId}/status`.
    pub async fn send(self) -> Result<models::SourceUsageStatus, crate::Error> {
        let path = [
            "/source-usages/",
            &crate::request::path_segment(&self.source_id),
            "/status",
        ]
            .concat();
        let mut request = self.client.request(reqwest::Method::GET, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self.client.execute("getStatusBySourceId", request).await?;
        crate::request::json("getStatusBySourceId", response).await
    }
}

/// The request of [`SourceUsagesApi::get_usages_by_source_id`](SourceUsagesApi::get_usages_by_source_id): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetUsagesBySourceId<'a> {
    client: &'a crate::Client,
    source_id: String,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
    sorters: Option<String>,
}

impl GetUsagesBySourceId<'_> {
    /// Max number of results to return.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// The server's default: `250`.
    pub fn limit(mut self, limit: i32) -> Self {
        self.limit = Some(limit);
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
    /// Sorting is supported for the following fields: **date**
    pub fn sorters(mut self, sorters: impl Into<String>) -> Self {
        self.sorters = Some(sorters.into());
        self
    }

    /// Sends the request: `GET /source-usages/{sourceId}/summaries`.
    pub async fn send(self) -> Result<Vec<models::SourceUsage>, crate::Error> {
        let path = [
            "/source-usages/",
            &crate::request::path_segment(&self.source_id),
            "/summaries",
        ]
            .concat();
        let mut request = self.client.request(reqwest::Method::GET, &path);
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
        request = request.query(&query);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self.client.execute("getUsagesBySourceId", request).await?;
        crate::request::json("getUsagesBySourceId", response).await
    }
}
