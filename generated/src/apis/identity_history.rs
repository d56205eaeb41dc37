//! The Identity History API.

use crate::models;

/// The Identity History operations: get them from [`Client::identity_history`](crate::Client::identity_history).
#[derive(Debug, Clone, Copy)]
pub struct IdentityHistoryApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The Identity History operations.
    pub fn identity_history(&self) -> IdentityHistoryApi<'_> {
        IdentityHistoryApi { client: self }
    }
}

impl<'a> IdentityHistoryApi<'a> {
    /// Lists all the identities
    ///
    /// This gets the list of identities for the customer. This list end point does not support count=true request param. The total  count of identities would never be returned even if the count param is specified in the request Requires authorization scope of 'idn:identity-history:read'
    ///
    /// `GET /historical-identities` (`listHistoricalIdentities`)
    pub fn list_historical_identities(&self) -> ListHistoricalIdentities<'a> {
        ListHistoricalIdentities {
            client: self.client,
            starts_with_query: None,
            is_deleted: None,
            is_active: None,
            limit: None,
            offset: None,
        }
    }

    /// Get latest snapshot of identity
    ///
    /// This method retrieves a specified identity Requires authorization scope of 'idn:identity-history:read'
    ///
    /// `GET /historical-identities/{id}` (`getHistoricalIdentity`)
    pub fn get_historical_identity(
        &self,
        id: impl Into<String>,
    ) -> GetHistoricalIdentity<'a> {
        GetHistoricalIdentity {
            client: self.client,
            id: id.into(),
        }
    }

    /// List access items by identity
    ///
    /// This method retrieves a list of access item for the identity filtered by the access item type
    ///
    /// `GET /historical-identities/{id}/access-items` (`listIdentityAccessItems`)
    pub fn list_identity_access_items(
        &self,
        id: impl Into<String>,
    ) -> ListIdentityAccessItems<'a> {
        ListIdentityAccessItems {
            client: self.client,
            id: id.into(),
            r#type: None,
            filters: None,
            sorters: None,
            query: None,
            limit: None,
            count: None,
            offset: None,
        }
    }

    /// Lists all the snapshots for the identity
    ///
    /// This method retrieves all the snapshots for the identity Requires authorization scope of 'idn:identity-history:read'
    ///
    /// `GET /historical-identities/{id}/snapshots` (`listIdentitySnapshots`)
    pub fn list_identity_snapshots(
        &self,
        id: impl Into<String>,
    ) -> ListIdentitySnapshots<'a> {
        ListIdentitySnapshots {
            client: self.client,
            id: id.into(),
            start: None,
            interval: None,
            limit: None,
            offset: None,
            count: None,
        }
    }

    /// Gets the summary for the event count for a specific identity
    ///
    /// This method gets the summary for the event count for a specific identity by month/day Requires authorization scope of 'idn:identity-history:read'
    ///
    /// `GET /historical-identities/{id}/snapshot-summary` (`getIdentitySnapshotSummary`)
    pub fn get_identity_snapshot_summary(
        &self,
        id: impl Into<String>,
    ) -> GetIdentitySnapshotSummary<'a> {
        GetIdentitySnapshotSummary {
            client: self.client,
            id: id.into(),
            before: None,
            interval: None,
            time_zone: None,
            limit: None,
            offset: None,
            count: None,
        }
    }

    /// Gets an identity snapshot at a given date
    ///
    /// This method retrieves a specified identity snapshot at a given date Requires authorization scope of 'idn:identity-history:read'
    ///
    /// `GET /historical-identities/{id}/snapshots/{date}` (`getIdentitySnapshot`)
    pub fn get_identity_snapshot(
        &self,
        id: impl Into<String>,
        date: impl Into<String>,
    ) -> GetIdentitySnapshot<'a> {
        GetIdentitySnapshot {
            client: self.client,
            id: id.into(),
            date: date.into(),
        }
    }

    /// Get identity access items snapshot
    ///
    /// Use this API to get a list of identity access items at a specified date, filtered by item type.
    ///
    /// `GET /historical-identities/{id}/snapshots/{date}/access-items` (`listIdentitySnapshotAccessItems`)
    pub fn list_identity_snapshot_access_items(
        &self,
        id: impl Into<String>,
        date: impl Into<String>,
    ) -> ListIdentitySnapshotAccessItems<'a> {
        ListIdentitySnapshotAccessItems {
            client: self.client,
            id: id.into(),
            date: date.into(),
            r#type: None,
        }
    }

    /// List identity event history
    ///
    /// This method retrieves all access events for the identity Requires authorization scope of 'idn:identity-history:read'
    ///
    /// `GET /historical-identities/{id}/events` (`getHistoricalIdentityEvents`)
    pub fn get_historical_identity_events(
        &self,
        id: impl Into<String>,
    ) -> GetHistoricalIdentityEvents<'a> {
        GetHistoricalIdentityEvents {
            client: self.client,
            id: id.into(),
            from: None,
            event_types: None,
            access_item_types: None,
            limit: None,
            offset: None,
            count: None,
        }
    }

    /// Gets the start date of the identity
    ///
    /// This method retrieves start date of the identity Requires authorization scope of 'idn:identity-history:read'
    ///
    /// `GET /historical-identities/{id}/start-date` (`getIdentityStartDate`)
    pub fn get_identity_start_date(
        &self,
        id: impl Into<String>,
    ) -> GetIdentityStartDate<'a> {
        GetIdentityStartDate {
            client: self.client,
            id: id.into(),
        }
    }

    /// Gets a difference of count for each access item types for the given identity between 2 snapshots
    ///
    /// This method gets a difference of count for each access item types for the given identity between 2 snapshots Requires authorization scope of 'idn:identity-history:read'
    ///
    /// `GET /historical-identities/{id}/compare` (`compareIdentitySnapshots`)
    pub fn compare_identity_snapshots(
        &self,
        id: impl Into<String>,
    ) -> CompareIdentitySnapshots<'a> {
        CompareIdentitySnapshots {
            client: self.client,
            id: id.into(),
            snapshot1: None,
            snapshot2: None,
            access_item_types: None,
            limit: None,
            offset: None,
            count: None,
        }
    }

    /// Gets a list of differences of specific accesstype for the given identity between 2 snapshots
    ///
    /// This method gets a list of differences of specific accessType for the given identity between 2 snapshots Requires authorization scope of 'idn:identity-history:read'
    ///
    /// `GET /historical-identities/{id}/compare/{accessType}` (`compareIdentitySnapshotsAccessType`)
    pub fn compare_identity_snapshots_access_type(
        &self,
        id: impl Into<String>,
        access_type: models::CompareIdentitySnapshotsAccessTypeAccessType,
    ) -> CompareIdentitySnapshotsAccessType<'a> {
        CompareIdentitySnapshotsAccessType {
            client: self.client,
            id: id.into(),
            access_type,
            access_associated: None,
            snapshot1: None,
            snapshot2: None,
            limit: None,
            offset: None,
            count: None,
        }
    }
}

/// The request of [`IdentityHistoryApi::list_historical_identities`](IdentityHistoryApi::list_historical_identities): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListHistoricalIdentities<'a> {
    client: &'a crate::Client,
    starts_with_query: Option<String>,
    is_deleted: Option<bool>,
    is_active: Option<bool>,
    limit: Option<i32>,
    offset: Option<i32>,
}

impl ListHistoricalIdentities<'_> {
    /// This param is used for starts-with search for first, last and display name of the identity
    pub fn starts_with_query(mut self, starts_with_query: impl Into<String>) -> Self {
        self.starts_with_query = Some(starts_with_query.into());
        self
    }

    /// Indicates if we want to only list down deleted identities or not.
    pub fn is_deleted(mut self, is_deleted: bool) -> Self {
        self.is_deleted = Some(is_deleted);
        self
    }

    /// Indicates if we want to only list active or inactive identities.
    pub fn is_active(mut self, is_active: bool) -> Self {
        self.is_active = Some(is_active);
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

    /// Sends the request: `GET /historical-identities`.
    pub async fn send(self) -> Result<Vec<models::IdentityListItem>, crate::Error> {
        let path = "/historical-identities";
        let mut request = self.client.request(reqwest::Method::GET, path);
        let mut query: Vec<(&str, String)> = Vec::new();
        if let Some(value) = &self.starts_with_query {
            query.push(("starts-with-query", value.clone()));
        }
        if let Some(value) = &self.is_deleted {
            query.push(("is-deleted", value.to_string()));
        }
        if let Some(value) = &self.is_active {
            query.push(("is-active", value.to_string()));
        }
        if let Some(value) = &self.limit {
            query.push(("limit", value.to_string()));
        }
        if let Some(value) = &self.offset {
            query.push(("offset", value.to_string()));
        }
        request = request.query(&query);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self.client.execute("listHistoricalIdentities", request).await?;
        crate::request::json("listHistoricalIdentities", response).await
    }
}

/// The request of [`IdentityHistoryApi::get_historical_identity`](IdentityHistoryApi::get_historical_identity): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetHistoricalIdentity<'a> {
    client: &'a crate::Client,
    id: String,
}

impl GetHistoricalIdentity<'_> {
    /// Sends the request: `GET /historical-identities/{id}`.
    pub async fn send(self) -> Result<models::IdentityHistoryResponse, crate::Error> {
        let path = ["/historical-identities/", &crate::request::path_segment(&self.id)]
            .concat();
        let mut request = self.client.request(reqwest::Method::GET, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self.client.execute("getHistoricalIdentity", request).await?;
        crate::request::json("getHistoricalIdentity", response).await
    }
}

/// The request of [`IdentityHistoryApi::list_identity_access_items`](IdentityHistoryApi::list_identity_access_items): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListIdentityAccessItems<'a> {
    client: &'a crate::Client,
    id: String,
    r#type: Option<models::ListIdentityAccessItemsType>,
    filters: Option<String>,
    sorters: Option<String>,
    query: Option<String>,
    limit: Option<i32>,
    count: Option<bool>,
    offset: Option<i32>,
}

impl ListIdentityAccessItems<'_> {
    /// The type of access item for the identity. If not provided, it defaults to account.
    ///
    /// Types of access items: **accessProfile, account, app, entitlement, role**
    pub fn r#type(mut self, r#type: models::ListIdentityAccessItemsType) -> Self {
        self.r#type = Some(r#type);
        self
    }

    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **source**: *eq*
    ///
    /// **standalone**: *eq*
    ///
    /// **privileged**: *eq*
    ///
    /// **attribute**: *eq*
    ///
    /// **cloudGoverned**: *eq*
    pub fn filters(mut self, filters: impl Into<String>) -> Self {
        self.filters = Some(filters.into());
        self
    }

    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **name, value, standalone, privileged, attribute, source, cloudGoverned, removeDate, nativeIdentity, entitlementCount**
    pub fn sorters(mut self, sorters: impl Into<String>) -> Self {
        self.sorters = Some(sorters.into());
        self
    }

    /// This param is used to search if certain fields of the access item contain the string provided.
    ///
    /// Searching is supported for the following fields depending on the type:
    ///
    /// Access Profiles: **name, description**
    ///
    /// Accounts: **name, nativeIdentity**
    ///
    /// Apps: **name**
    ///
    /// Entitlements: **name, value, description**
    ///
    /// Roles: **name, description**
    pub fn query(mut self, query: impl Into<String>) -> Self {
        self.query = Some(query.into());
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

    /// Offset into the full result set. Usually specified with *limit* to paginate through the results.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// The server's default: `0`.
    pub fn offset(mut self, offset: i32) -> Self {
        self.offset = Some(offset);
        self
    }

    /// Sends the request: `GET /historical-identities/{id}/access-items`.
    pub async fn send(
        self,
    ) -> Result<Vec<models::ListIdentityAccessItems200ResponseInner>, crate::Error> {
        let path = [
            "/historical-identities/",
            &crate::request::path_segment(&self.id),
            "/access-items",
        ]
            .concat();
        let mut request = self.client.request(reqwest::Method::GET, &path);
        let mut query: Vec<(&str, String)> = Vec::new();
        if let Some(value) = &self.r#type {
            query.push(("type", value.as_str().to_owned()));
        }
        if let Some(value) = &self.filters {
            query.push(("filters", value.clone()));
        }
        if let Some(value) = &self.sorters {
            query.push(("sorters", value.clone()));
        }
        if let Some(value) = &self.query {
            query.push(("query", value.clone()));
        }
        if let Some(value) = &self.limit {
            query.push(("limit", value.to_string()));
        }
        if let Some(value) = &self.count {
            query.push(("count", value.to_string()));
        }
        if let Some(value) = &self.offset {
            query.push(("offset", value.to_string()));
        }
        request = request.query(&query);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self.client.execute("listIdentityAccessItems", request).await?;
        crate::request::json("listIdentityAccessItems", response).await
    }
}

/// The request of [`IdentityHistoryApi::list_identity_snapshots`](IdentityHistoryApi::list_identity_snapshots): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListIdentitySnapshots<'a> {
    client: &'a crate::Client,
    id: String,
    start: Option<String>,
    interval: Option<models::ListIdentitySnapshotsInterval>,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
}

impl ListIdentitySnapshots<'_> {
    /// The specified start date
    pub fn start(mut self, start: impl Into<String>) -> Self {
        self.start = Some(start.into());
        self
    }

    /// The interval indicating the range in day or month for the specified interval-name
    pub fn interval(mut self, interval: models::ListIdentitySnapshotsInterval) -> Self {
        self.interval = Some(interval);
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

    /// Sends the request: `GET /historical-identities/{id}/snapshots`.
    pub async fn send(
        self,
    ) -> Result<Vec<models::IdentitySnapshotSummaryResponse>, crate::Error> {
        let path = [
            "/historical-identities/",
            &crate::request::path_segment(&self.id),
            "/snapshots",
        ]
            .concat();
        let mut request = self.client.request(reqwest::Method::GET, &path);
        let mut query: Vec<(&str, String)> = Vec::new();
        if let Some(value) = &self.start {
            query.push(("start", value.clone()));
        }
        if let Some(value) = &self.interval {
            query.push(("interval", value.as_str().to_owned()));
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
        request = request.query(&query);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self.client.execute("listIdentitySnapshots", request).await?;
        crate::request::json("listIdentitySnapshots", response).await
    }
}

/// The request of [`IdentityHistoryApi::get_identity_snapshot_summary`](IdentityHistoryApi::get_identity_snapshot_summary): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetIdentitySnapshotSummary<'a> {
    client: &'a crate::Client,
    id: String,
    before: Option<String>,
    interval: Option<models::GetIdentitySnapshotSummaryInterval>,
    time_zone: Option<String>,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
}

impl GetIdentitySnapshotSummary<'_> {
    /// The date before which snapshot summary is required
    pub fn before(mut self, before: impl Into<String>) -> Self {
        self.before = Some(before.into());
        self
    }

    /// The interval indicating day or month. Defaults to month if not specified
    pub fn interval(
        mut self,
        interval: models::GetIdentitySnapshotSummaryInterval,
    ) -> Self {
        self.interval = Some(interval);
        self
    }

    /// The time zone. Defaults to UTC if not provided
    pub fn time_zone(mut self, time_zone: impl Into<String>) -> Self {
        self.time_zone = Some(time_zone.into());
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

    /// Sends the request: `GET /historical-identities/{id}/snapshot-summary`.
    pub async fn send(self) -> Result<Vec<models::MetricResponse>, crate::Error> {
        let path = [
            "/historical-identities/",
            &crate::request::path_segment(&self.id),
            "/snapshot-summary",
        ]
            .concat();
        let mut request = self.client.request(reqwest::Method::GET, &path);
        let mut query: Vec<(&str, String)> = Vec::new();
        if let Some(value) = &self.before {
            query.push(("before", value.clone()));
        }
        if let Some(value) = &self.interval {
            query.push(("interval", value.as_str().to_owned()));
        }
        if let Some(value) = &self.time_zone {
            query.push(("time-zone", value.clone()));
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
        request = request.query(&query);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self.client.execute("getIdentitySnapshotSummary", request).await?;
        crate::request::json("getIdentitySnapshotSummary", response).await
    }
}

/// The request of [`IdentityHistoryApi::get_identity_snapshot`](IdentityHistoryApi::get_identity_snapshot): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetIdentitySnapshot<'a> {
    client: &'a crate::Client,
    id: String,
    date: String,
}

impl GetIdentitySnapshot<'_> {
    /// Sends the request: `GET /historical-identities/{id}/snapshots/{date}`.
    pub async fn send(self) -> Result<models::IdentityHistoryResponse, crate::Error> {
        let path = [
            "/historical-identities/",
            &crate::request::path_segment(&self.id),
            "/snapshots/",
            &crate::request::path_segment(&self.date),
        ]
            .concat();
        let mut request = self.client.request(reqwest::Method::GET, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self.client.execute("getIdentitySnapshot", request).await?;
        crate::request::json("getIdentitySnapshot", response).await
    }
}

/// The request of [`IdentityHistoryApi::list_identity_snapshot_access_items`](IdentityHistoryApi::list_identity_snapshot_access_items): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListIdentitySnapshotAccessItems<'a> {
    client: &'a crate::Client,
    id: String,
    date: String,
    r#type: Option<models::ListIdentitySnapshotAccessItemsType>,
}

impl ListIdentitySnapshotAccessItems<'_> {
    /// Access item type.
    pub fn r#type(
        mut self,
        r#type: models::ListIdentitySnapshotAccessItemsType,
    ) -> Self {
        self.r#type = Some(r#type);
        self
    }

    /// Sends the request: `GET /historical-identities/{id}/snapshots/{date}/access-items`.
    pub async fn send(
        self,
    ) -> Result<
        Vec<models::ListIdentitySnapshotAccessItems200ResponseInner>,
        crate::Error,
    > {
        let path = [
            "/historical-identities/",
            &crate::request::path_segment(&self.id),
            "/snapshots/",
            &crate::request::path_segment(&self.date),
            "/access-items",
        ]
            .concat();
        let mut request = self.client.request(reqwest::Method::GET, &path);
        let mut query: Vec<(&str, String)> = Vec::new();
        if let Some(value) = &self.r#type {
            query.push(("type", value.as_str().to_owned()));
        }
        request = request.query(&query);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self
            .client
            .execute("listIdentitySnapshotAccessItems", request)
            .await?;
        crate::request::json("listIdentitySnapshotAccessItems", response).await
    }
}

/// The request of [`IdentityHistoryApi::get_historical_identity_events`](IdentityHistoryApi::get_historical_identity_events): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetHistoricalIdentityEvents<'a> {
    client: &'a crate::Client,
    id: String,
    from: Option<String>,
    event_types: Option<Vec<String>>,
    access_item_types: Option<Vec<String>>,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
}

impl GetHistoricalIdentityEvents<'_> {
    /// The optional instant until which access events are returned
    pub fn from(mut self, from: impl Into<String>) -> Self {
        self.from = Some(from.into());
        self
    }

    /// An optional list of event types to return.  If null or empty, all events are returned
    pub fn event_types(mut self, event_types: Vec<String>) -> Self {
        self.event_types = Some(event_types);
        self
    }

    /// An optional list of access item types (app, account, entitlement, etc...) to return.   If null or empty, all access items types are returned
    pub fn access_item_types(mut self, access_item_types: Vec<String>) -> Self {
        self.access_item_types = Some(access_item_types);
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

    /// Sends the request: `GET /historical-identities/{id}/events`.
    pub async fn send(
        self,
    ) -> Result<Vec<models::GetHistoricalIdentityEvents200ResponseInner>, crate::Error> {
        let path = [
            "/historical-identities/",
            &crate::request::path_segment(&self.id),
            "/events",
        ]
            .concat();
        let mut request = self.client.request(reqwest::Method::GET, &path);
        let mut query: Vec<(&str, String)> = Vec::new();
        if let Some(value) = &self.from {
            query.push(("from", value.clone()));
        }
        if let Some(value) = &self.event_types {
            for item in value {
                query.push(("eventTypes", item.clone()));
            }
        }
        if let Some(value) = &self.access_item_types {
            for item in value {
                query.push(("accessItemTypes", item.clone()));
            }
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
        request = request.query(&query);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self
            .client
            .execute("getHistoricalIdentityEvents", request)
            .await?;
        crate::request::json("getHistoricalIdentityEvents", response).await
    }
}

/// The request of [`IdentityHistoryApi::get_identity_start_date`](IdentityHistoryApi::get_identity_start_date): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetIdentityStartDate<'a> {
    client: &'a crate::Client,
    id: String,
}

impl GetIdentityStartDate<'_> {
    /// Sends the request: `GET /historical-identities/{id}/start-date`.
    pub async fn send(self) -> Result<String, crate::Error> {
        let path = [
            "/historical-identities/",
            &crate::request::path_segment(&self.id),
            "/start-date",
        ]
            .concat();
        let mut request = self.client.request(reqwest::Method::GET, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self.client.execute("getIdentityStartDate", request).await?;
        crate::request::json("getIdentityStartDate", response).await
    }
}

/// The request of [`IdentityHistoryApi::compare_identity_snapshots`](IdentityHistoryApi::compare_identity_snapshots): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CompareIdentitySnapshots<'a> {
    client: &'a crate::Client,
    id: String,
    snapshot1: Option<String>,
    snapshot2: Option<String>,
    access_item_types: Option<Vec<String>>,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
}

impl CompareIdentitySnapshots<'_> {
    /// The snapshot 1 of identity
    pub fn snapshot1(mut self, snapshot1: impl Into<String>) -> Self {
        self.snapshot1 = Some(snapshot1.into());
        self
    }

    /// The snapshot 2 of identity
    pub fn snapshot2(mut self, snapshot2: impl Into<String>) -> Self {
        self.snapshot2 = Some(snapshot2.into());
        self
    }

    /// An optional list of access item types (app, account, entitlement, etc...) to return.   If null or empty, all access items types are returned
    pub fn access_item_types(mut self, access_item_types: Vec<String>) -> Self {
        self.access_item_types = Some(access_item_types);
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

    /// Sends the request: `GET /historical-identities/{id}/compare`.
    pub async fn send(
        self,
    ) -> Result<Vec<models::IdentityCompareResponse>, crate::Error> {
        let path = [
            "/historical-identities/",
            &crate::request::path_segment(&self.id),
            "/compare",
        ]
            .concat();
        let mut request = self.client.request(reqwest::Method::GET, &path);
        let mut query: Vec<(&str, String)> = Vec::new();
        if let Some(value) = &self.snapshot1 {
            query.push(("snapshot1", value.clone()));
        }
        if let Some(value) = &self.snapshot2 {
            query.push(("snapshot2", value.clone()));
        }
        if let Some(value) = &self.access_item_types {
            for item in value {
                query.push(("accessItemTypes", item.clone()));
            }
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
        request = request.query(&query);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self.client.execute("compareIdentitySnapshots", request).await?;
        crate::request::json("compareIdentitySnapshots", response).await
    }
}

/// The request of [`IdentityHistoryApi::compare_identity_snapshots_access_type`](IdentityHistoryApi::compare_identity_snapshots_access_type): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CompareIdentitySnapshotsAccessType<'a> {
    client: &'a crate::Client,
    id: String,
    access_type: models::CompareIdentitySnapshotsAccessTypeAccessType,
    access_associated: Option<bool>,
    snapshot1: Option<String>,
    snapshot2: Option<String>,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
}

impl CompareIdentitySnapshotsAccessType<'_> {
    /// Indicates if added or removed access needs to be returned. true - added, false - removed, null - both added & removed
    pub fn access_associated(mut self, access_associated: bool) -> Self {
        self.access_associated = Some(access_associated);
        self
    }

    /// The snapshot 1 of identity
    pub fn snapshot1(mut self, snapshot1: impl Into<String>) -> Self {
        self.snapshot1 = Some(snapshot1.into());
        self
    }

    /// The snapshot 2 of identity
    pub fn snapshot2(mut self, snapshot2: impl Into<String>) -> Self {
        self.snapshot2 = Some(snapshot2.into());
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

    /// Sends the request: `GET /historical-identities/{id}/compare/{accessType}`.
    pub async fn send(self) -> Result<Vec<models::AccessItemDiff>, crate::Error> {
        let path = [
            "/historical-identities/",
            &crate::request::path_segment(&self.id),
            "/compare/",
            &crate::request::path_segment(self.access_type.as_str()),
        ]
            .concat();
        let mut request = self.client.request(reqwest::Method::GET, &path);
        let mut query: Vec<(&str, String)> = Vec::new();
        if let Some(value) = &self.access_associated {
            query.push(("access-associated", value.to_string()));
        }
        if let Some(value) = &self.snapshot1 {
            query.push(("snapshot1", value.clone()));
        }
        if let Some(value) = &self.snapshot2 {
            query.push(("snapshot2", value.clone()));
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
        request = request.query(&query);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self
            .client
            .execute("compareIdentitySnapshotsAccessType", request)
            .await?;
        crate::request::json("compareIdentitySnapshotsAccessType", response).await
    }
}
