//! Use this API to implement account usage insight functionality.
//! With this functionality in place, administrators can gather information and insights about how their tenants' source accounts are being used.
//! This allows organizations to get the information they need to start optimizing and securing source account usage.

use crate::models;

/// The Account Usages operations: get them from [`Client::account_usages`](crate::Client::account_usages).
#[derive(Debug, Clone, Copy)]
pub struct AccountUsagesApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The Account Usages operations.
    pub fn account_usages(&self) -> AccountUsagesApi<'_> {
        AccountUsagesApi { client: self }
    }
}

impl<'a> AccountUsagesApi<'a> {
    /// Returns account usage insights
    ///
    /// This API returns a summary of account usage insights for past 12 months.
    ///
    /// `GET /account-usages/{accountId}/summaries` (`getUsagesByAccountId`)
    pub fn get_usages_by_account_id(
        &self,
        account_id: impl Into<String>,
    ) -> GetUsagesByAccountId<'a> {
        GetUsagesByAccountId {
            client: self.client,
            account_id: account_id.into(),
            limit: None,
            offset: None,
            count: None,
            sorters: None,
        }
    }
}

/// The request of [`AccountUsagesApi::get_usages_by_account_id`](AccountUsagesApi::get_usages_by_account_id): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetUsagesByAccountId<'a> {
    client: &'a crate::Client,
    account_id: String,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
    sorters: Option<String>,
}

impl GetUsagesByAccountId<'_> {
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

    /// Sends the request: `GET /account-usages/{accountId}/summaries`.
    pub async fn send(self) -> Result<Vec<models::AccountUsage>, crate::Error> {
        let path = [
            "/account-usages/",
            &crate::request::path_segment(&self.account_id),
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
        let response = self.client.execute("getUsagesByAccountId", request).await?;
        crate::request::json("getUsagesByAccountId", response).await
    }
}
