//! The IAI Outliers API.

use crate::models;

/// The IAI Outliers operations: get them from [`Client::iai_outliers`](crate::Client::iai_outliers).
#[derive(Debug, Clone, Copy)]
pub struct IaiOutliersApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The IAI Outliers operations.
    pub fn iai_outliers(&self) -> IaiOutliersApi<'_> {
        IaiOutliersApi { client: self }
    }
}

impl<'a> IaiOutliersApi<'a> {
    /// Iai identity outliers summary
    ///
    /// This API returns a summary containing the number of identities that customer has, the number of outliers, and the type of outlier.
    ///
    /// `GET /outlier-summaries` (`getIdentityOutlierSnapshots`)
    pub fn get_identity_outlier_snapshots(&self) -> GetIdentityOutlierSnapshots<'a> {
        GetIdentityOutlierSnapshots {
            client: self.client,
            limit: None,
            offset: None,
            r#type: None,
            filters: None,
            sorters: None,
        }
    }

    /// Iai identity outliers latest summary
    ///
    /// This API returns a most recent snapshot of each outlier type, each containing the number of identities that customer has, the number of outliers, and the type of outlier.
    ///
    /// `GET /outlier-summaries/latest` (`getLatestIdentityOutlierSnapshots`)
    pub fn get_latest_identity_outlier_snapshots(
        &self,
    ) -> GetLatestIdentityOutlierSnapshots<'a> {
        GetLatestIdentityOutlierSnapshots {
            client: self.client,
            r#type: None,
        }
    }

    /// Iai get identity outliers
    ///
    /// This API returns a list of outliers, containing data such as identity ID, outlier type, detection dates, identity attributes, if identity is ignored, and certification information.
    ///
    /// `GET /outliers` (`getIdentityOutliers`)
    pub fn get_identity_outliers(&self) -> GetIdentityOutliers<'a> {
        GetIdentityOutliers {
            client: self.client,
            limit: None,
            offset: None,
            count: None,
            r#type: None,
            filters: None,
            sorters: None,
        }
    }

    /// Get identity outlier's contibuting features
    ///
    /// This API returns a list of contributing feature objects for a single outlier.
    ///
    /// The object contains: feature name, feature value type, value, importance, display name (translated text or message key), description (translated text or message key), translation messages object.
    ///
    /// `GET /outliers/{outlierId}/contributing-features` (`getPeerGroupOutliersContributingFeatures`)
    pub fn get_peer_group_outliers_contributing_features(
        &self,
        outlier_id: impl Into<String>,
    ) -> GetPeerGroupOutliersContributingFeatures<'a> {
        GetPeerGroupOutliersContributingFeatures {
            client: self.client,
            outlier_id: outlier_id.into(),
            limit: None,
            offset: None,
            count: None,
            include_translation_messages: None,
            sorters: None,
        }
    }

    /// Gets a list of access items associated with each identity outlier contributing feature
    ///
    /// This API returns a list of the enriched access items associated with each feature filtered by the access item type.
    ///
    /// The object contains: accessItemId, display name (translated text or message key), description (translated text or message key), accessType, sourceName, extremelyRare.
    ///
    /// `GET /outliers/{outlierId}/feature-details/{contributingFeatureName}/access-items` (`listOutliersContributingFeatureAccessItems`)
    pub fn list_outliers_contributing_feature_access_items(
        &self,
        outlier_id: impl Into<String>,
        contributing_feature_name: models::ListOutliersContributingFeatureAccessItemsContributingFeatureName,
    ) -> ListOutliersContributingFeatureAccessItems<'a> {
        ListOutliersContributingFeatureAccessItems {
            client: self.client,
            outlier_id: outlier_id.into(),
            contributing_feature_name,
            limit: None,
            offset: None,
            count: None,
            access_type: None,
            sorters: None,
        }
    }

    /// Iai identity outliers ignore
    ///
    /// This API receives a list of identity IDs in the request, changes the outliers to be ignored.
    ///
    /// `POST /outliers/ignore` (`ignoreIdentityOutliers`)
    pub fn ignore_identity_outliers(
        &self,
        body: Vec<String>,
    ) -> IgnoreIdentityOutliers<'a> {
        IgnoreIdentityOutliers {
            client: self.client,
            body,
        }
    }

    /// Iai identity outliers unignore
    ///
    /// This API receives a list of identity IDs in the request, changes the outliers to be un-ignored.
    ///
    /// `POST /outliers/unignore` (`unIgnoreIdentityOutliers`)
    pub fn un_ignore_identity_outliers(
        &self,
        body: Vec<String>,
    ) -> UnIgnoreIdentityOutliers<'a> {
        UnIgnoreIdentityOutliers {
            client: self.client,
            body,
        }
    }

    /// Iai identity outliers export
    ///
    /// This API exports a list of ignored outliers to a CSV as well as list of non-ignored outliers to a CSV. These two CSVs will be zipped and exported.
    ///
    /// Columns will include: identityId, type, firstDetectionDate, latestDetectionDate, ignored, & attributes (defined set of identity attributes).
    ///
    /// `GET /outliers/export` (`exportOutliersZip`)
    pub fn export_outliers_zip(&self) -> ExportOutliersZip<'a> {
        ExportOutliersZip {
            client: self.client,
            r#type: None,
        }
    }

    /// Get identity outlier contibuting feature summary
    ///
    /// This API returns a summary of a contributing feature for an identity outlier.
    ///
    /// The object contains: contributing feature name (translated text or message key), identity outlier display name, feature values, feature definition and explanation (translated text or message key), peer display name and identityId, access item reference, translation messages object.
    ///
    /// `GET /outlier-feature-summaries/{outlierFeatureId}` (`getOutlierContributingFeatureSummary`)
    pub fn get_outlier_contributing_feature_summary(
        &self,
        outlier_feature_id: impl Into<String>,
    ) -> GetOutlierContributingFeatureSummary<'a> {
        GetOutlierContributingFeatureSummary {
            client: self.client,
            outlier_feature_id: outlier_feature_id.into(),
        }
    }
}

/// The request of [`IaiOutliersApi::get_identity_outlier_snapshots`](IaiOutliersApi::get_identity_outlier_snapshots): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetIdentityOutlierSnapshots<'a> {
    client: &'a crate::Client,
    limit: Option<i32>,
    offset: Option<i32>,
    r#type: Option<models::GetIdentityOutlierSnapshotsType>,
    filters: Option<String>,
    sorters: Option<String>,
}

impl GetIdentityOutlierSnapshots<'_> {
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

    /// Type of the identity outliers snapshot to filter on
    pub fn r#type(mut self, r#type: models::GetIdentityOutlierSnapshotsType) -> Self {
        self.r#type = Some(r#type);
        self
    }

    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **snapshotDate**: *ge, le*
    pub fn filters(mut self, filters: impl Into<String>) -> Self {
        self.filters = Some(filters.into());
        self
    }

    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **snapshotDate**
    pub fn sorters(mut self, sorters: impl Into<String>) -> Self {
        self.sorters = Some(sorters.into());
        self
    }

    /// Sends the request: `GET /outlier-summaries`.
    pub async fn send(self) -> Result<Vec<models::OutlierSummary>, crate::Error> {
        let path = "/outlier-summaries";
        let mut request = self.client.request(reqwest::Method::GET, path);
        let mut query: Vec<(&str, String)> = Vec::new();
        if let Some(value) = &self.limit {
            query.push(("limit", value.to_string()));
        }
        if let Some(value) = &self.offset {
            query.push(("offset", value.to_string()));
        }
        if let Some(value) = &self.r#type {
            query.push(("type", value.as_str().to_owned()));
        }
        if let Some(value) = &self.filters {
            query.push(("filters", value.clone()));
        }
        if let Some(value) = &self.sorters {
            query.push(("sorters", value.clone()));
        }
        request = request.query(&query);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self
            .client
            .execute("getIdentityOutlierSnapshots", request)
            .await?;
        crate::request::json("getIdentityOutlierSnapshots", response).await
    }
}

/// The request of [`IaiOutliersApi::get_latest_identity_outlier_snapshots`](IaiOutliersApi::get_latest_identity_outlier_snapshots): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetLatestIdentityOutlierSnapshots<'a> {
    client: &'a crate::Client,
    r#type: Option<models::GetLatestIdentityOutlierSnapshotsType>,
}

impl GetLatestIdentityOutlierSnapshots<'_> {
    /// Type of the identity outliers snapshot to filter on
    pub fn r#type(
        mut self,
        r#type: models::GetLatestIdentityOutlierSnapshotsType,
    ) -> Self {
        self.r#type = Some(r#type);
        self
    }

    /// Sends the request: `GET /outlier-summaries/latest`.
    pub async fn send(self) -> Result<Vec<models::LatestOutlierSummary>, crate::Error> {
        let path = "/outlier-summaries/latest";
        let mut request = self.client.request(reqwest::Method::GET, path);
        let mut query: Vec<(&str, String)> = Vec::new();
        if let Some(value) = &self.r#type {
            query.push(("type", value.as_str().to_owned()));
        }
        request = request.query(&query);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self
            .client
            .execute("getLatestIdentityOutlierSnapshots", request)
            .await?;
        crate::request::json("getLatestIdentityOutlierSnapshots", response).await
    }
}

/// The request of [`IaiOutliersApi::get_identity_outliers`](IaiOutliersApi::get_identity_outliers): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetIdentityOutliers<'a> {
    client: &'a crate::Client,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
    r#type: Option<models::GetIdentityOutliersType>,
    filters: Option<String>,
    sorters: Option<String>,
}

impl GetIdentityOutliers<'_> {
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

    /// Type of the identity outliers snapshot to filter on
    pub fn r#type(mut self, r#type: models::GetIdentityOutliersType) -> Self {
        self.r#type = Some(r#type);
        self
    }

    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **attributes**: *eq, sw, co, in*
    ///
    /// **firstDetectionDate**: *ge, le*
    ///
    /// **certStatus**: *eq*
    ///
    /// **ignored**: *eq*
    ///
    /// **score**: *ge, le*
    pub fn filters(mut self, filters: impl Into<String>) -> Self {
        self.filters = Some(filters.into());
        self
    }

    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **firstDetectionDate, attributes, score**
    pub fn sorters(mut self, sorters: impl Into<String>) -> Self {
        self.sorters = Some(sorters.into());
        self
    }

    /// Sends the request: `GET /outliers`.
    pub async fn send(self) -> Result<Vec<models::Outlier>, crate::Error> {
        let path = "/outliers";
        let mut request = self.client.request(reqwest::Method::GET, path);
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
        if let Some(value) = &self.r#type {
            query.push(("type", value.as_str().to_owned()));
        }
        if let Some(value) = &self.filters {
            query.push(("filters", value.clone()));
        }
        if let Some(value) = &self.sorters {
            query.push(("sorters", value.clone()));
        }
        request = request.query(&query);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self.client.execute("getIdentityOutliers", request).await?;
        crate::request::json("getIdentityOutliers", response).await
    }
}

/// The request of [`IaiOutliersApi::get_peer_group_outliers_contributing_features`](IaiOutliersApi::get_peer_group_outliers_contributing_features): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetPeerGroupOutliersContributingFeatures<'a> {
    client: &'a crate::Client,
    outlier_id: String,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
    include_translation_messages: Option<String>,
    sorters: Option<String>,
}

impl GetPeerGroupOutliersContributingFeatures<'_> {
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

    /// Whether or not to include translation messages object in returned response
    pub fn include_translation_messages(
        mut self,
        include_translation_messages: impl Into<String>,
    ) -> Self {
        self.include_translation_messages = Some(include_translation_messages.into());
        self
    }

    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **importance**
    pub fn sorters(mut self, sorters: impl Into<String>) -> Self {
        self.sorters = Some(sorters.into());
        self
    }

    /// Sends the request: `GET /outliers/{outlierId}/contributing-features`.
    pub async fn send(
        self,
    ) -> Result<Vec<models::OutlierContributingFeature>, crate::Error> {
        let path = [
            "/outliers/",
            &crate::request::path_segment(&self.outlier_id),
            "/contributing-features",
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
        if let Some(value) = &self.include_translation_messages {
            query.push(("include-translation-messages", value.clone()));
        }
        if let Some(value) = &self.sorters {
            query.push(("sorters", value.clone()));
        }
        request = request.query(&query);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self
            .client
            .execute("getPeerGroupOutliersContributingFeatures", request)
            .await?;
        crate::request::json("getPeerGroupOutliersContributingFeatures", response).await
    }
}

/// The request of [`IaiOutliersApi::list_outliers_contributing_feature_access_items`](IaiOutliersApi::list_outliers_contributing_feature_access_items): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListOutliersContributingFeatureAccessItems<'a> {
    client: &'a crate::Client,
    outlier_id: String,
    contributing_feature_name: models::ListOutliersContributingFeatureAccessItemsContributingFeatureName,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
    access_type: Option<String>,
    sorters: Option<String>,
}

impl ListOutliersContributingFeatureAccessItems<'_> {
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

    /// The type of access item for the identity outlier contributing feature. If not provided, it returns all.
    pub fn access_type(mut self, access_type: impl Into<String>) -> Self {
        self.access_type = Some(access_type.into());
        self
    }

    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **displayName**
    pub fn sorters(mut self, sorters: impl Into<String>) -> Self {
        self.sorters = Some(sorters.into());
        self
    }

    /// Sends the request: `GET /outliers/{outlierId}/feature-details/{contributingFeatureName}/access-items`.
    pub async fn send(
        self,
    ) -> Result<Vec<models::OutliersContributingFeatureAccessItems>, crate::Error> {
        let path = [
            "/outliers/",
            &crate::request::path_segment(&self.outlier_id),
            "/feature-details/",
            &crate::request::path_segment(self.contributing_feature_name.as_str()),
            "/access-items",
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
        if let Some(value) = &self.access_type {
            query.push(("accessType", value.clone()));
        }
        if let Some(value) = &self.sorters {
            query.push(("sorters", value.clone()));
        }
        request = request.query(&query);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self
            .client
            .execute("listOutliersContributingFeatureAccessItems", request)
            .await?;
        crate::request::json("listOutliersContributingFeatureAccessItems", response)
            .await
    }
}

/// The request of [`IaiOutliersApi::ignore_identity_outliers`](IaiOutliersApi::ignore_identity_outliers): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct IgnoreIdentityOutliers<'a> {
    client: &'a crate::Client,
    body: Vec<String>,
}

impl IgnoreIdentityOutliers<'_> {
    /// Sends the request: `POST /outliers/ignore`.
    pub async fn send(self) -> Result<(), crate::Error> {
        let path = "/outliers/ignore";
        let mut request = self.client.request(reqwest::Method::POST, path);
        {
            let value = self.body;
            request = crate::request::with_json(
                "ignoreIdentityOutliers",
                request,
                "application/json",
                &value,
            )?;
        }
        let response = self.client.execute("ignoreIdentityOutliers", request).await?;
        crate::request::empty("ignoreIdentityOutliers", response).await
    }
}

/// The request of [`IaiOutliersApi::un_ignore_identity_outliers`](IaiOutliersApi::un_ignore_identity_outliers): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UnIgnoreIdentityOutliers<'a> {
    client: &'a crate::Client,
    body: Vec<String>,
}

impl UnIgnoreIdentityOutliers<'_> {
    /// Sends the request: `POST /outliers/unignore`.
    pub async fn send(self) -> Result<(), crate::Error> {
        let path = "/outliers/unignore";
        let mut request = self.client.request(reqwest::Method::POST, path);
        {
            let value = self.body;
            request = crate::request::with_json(
                "unIgnoreIdentityOutliers",
                request,
                "application/json",
                &value,
            )?;
        }
        let response = self.client.execute("unIgnoreIdentityOutliers", request).await?;
        crate::request::empty("unIgnoreIdentityOutliers", response).await
    }
}

/// The request of [`IaiOutliersApi::export_outliers_zip`](IaiOutliersApi::export_outliers_zip): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ExportOutliersZip<'a> {
    client: &'a crate::Client,
    r#type: Option<models::ExportOutliersZipType>,
}

impl ExportOutliersZip<'_> {
    /// Type of the identity outliers snapshot to filter on
    pub fn r#type(mut self, r#type: models::ExportOutliersZipType) -> Self {
        self.r#type = Some(r#type);
        self
    }

    /// Sends the request: `GET /outliers/export`.
    pub async fn send(self) -> Result<Vec<u8>, crate::Error> {
        let path = "/outliers/export";
        let mut request = self.client.request(reqwest::Method::GET, path);
        let mut query: Vec<(&str, String)> = Vec::new();
        if let Some(value) = &self.r#type {
            query.push(("type", value.as_str().to_owned()));
        }
        request = request.query(&query);
        request = request.header(reqwest::header::ACCEPT, "application/zip");
        let response = self.client.execute("exportOutliersZip", request).await?;
        crate::request::bytes("exportOutliersZip", response).await
    }
}

/// The request of [`IaiOutliersApi::get_outlier_contributing_feature_summary`](IaiOutliersApi::get_outlier_contributing_feature_summary): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetOutlierContributingFeatureSummary<'a> {
    client: &'a crate::Client,
    outlier_feature_id: String,
}

impl GetOutlierContributingFeatureSummary<'_> {
    /// Sends the request: `GET /outlier-feature-summaries/{outlierFeatureId}`.
    pub async fn send(self) -> Result<models::OutlierFeatureSummary, crate::Error> {
        let path = [
            "/outlier-feature-summaries/",
            &crate::request::path_segment(&self.outlier_feature_id),
        ]
            .concat();
        let mut request = self.client.request(reqwest::Method::GET, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self
            .client
            .execute("getOutlierContributingFeatureSummary", request)
            .await?;
        crate::request::json("getOutlierContributingFeatureSummary", response).await
    }
}
