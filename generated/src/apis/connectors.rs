//! Use this API to implement connector functionality.
//! With this functionality in place, administrators can view available connectors.
//!
//! Connectors are the bridges Identity Security Cloud uses to communicate with and aggregate data from sources.
//! For example, if it is necessary to set up a connection between Identity Security Cloud and the Active Directory source, a connector can bridge the two and enable Identity Security Cloud to synchronize data between the systems.
//! This ensures account entitlements and states are correct throughout the organization.
//!
//! In Identity Security Cloud, administrators can use the Connections drop-down menu and select Sources to view the available source connectors.
//!
//! Refer to [Identity Security Cloud Connectors](https://documentation.sailpoint.com/connectors/identitynow/landingpages/help/landingpages/identitynow_connectivity_landing.html) for more information about the connectors available in Identity Security Cloud.
//!
//! Refer to [SaaS Connectivity](https://developer.sailpoint.com/docs/connectivity/saas-connectivity) for more information about the SaaS custom connectors that do not need VAs (virtual appliances) to communicate with their sources.
//!
//! Refer to [Managing Sources](https://documentation.sailpoint.com/saas/help/sources/index.html) for more information about using connectors in Identity Security Cloud.

use crate::models;

/// The Connectors operations: get them from [`Client::connectors`](crate::Client::connectors).
#[derive(Debug, Clone, Copy)]
pub struct ConnectorsApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The Connectors operations.
    pub fn connectors(&self) -> ConnectorsApi<'_> {
        ConnectorsApi { client: self }
    }
}

impl<'a> ConnectorsApi<'a> {
    /// Get connector list
    ///
    /// Fetches list of connectors that have 'RELEASED' status using filtering and pagination.
    ///
    /// `GET /connectors` (`getConnectorList`)
    pub fn get_connector_list(&self) -> GetConnectorList<'a> {
        GetConnectorList {
            client: self.client,
            filters: None,
            limit: None,
            offset: None,
            count: None,
            locale: None,
        }
    }
}

/// The request of [`ConnectorsApi::get_connector_list`](ConnectorsApi::get_connector_list): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetConnectorList<'a> {
    client: &'a crate::Client,
    filters: Option<String>,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
    locale: Option<models::GetConnectorListLocale>,
}

impl GetConnectorList<'_> {
    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **name**: *sw*
    ///
    /// **type**: *eq*
    ///
    /// **directConnect**: *eq*
    ///
    /// **category**: *eq*
    ///
    /// **features**: *ca*
    pub fn filters(mut self, filters: impl Into<String>) -> Self {
        self.filters = Some(filters.into());
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

    /// The locale to apply to the config. If no viable locale is given, it will default to "en"
    pub fn locale(mut self, locale: models::GetConnectorListLocale) -> Self {
        self.locale = Some(locale);
        self
    }

    /// Sends the request: `GET /connectors`.
    pub async fn send(self) -> Result<Vec<models::V3ConnectorDto>, crate::Error> {
        let path = "/connectors";
        let mut request = self.client.request(reqwest::Method::GET, path);
        let mut query: Vec<(&str, String)> = Vec::new();
        if let Some(value) = &self.filters {
            query.push(("filters", value.clone()));
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
        if let Some(value) = &self.locale {
            query.push(("locale", value.as_str().to_owned()));
        }
        request = request.query(&query);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self.client.execute("getConnectorList", request).await?;
        crate::request::json("getConnectorList", response).await
    }
}
