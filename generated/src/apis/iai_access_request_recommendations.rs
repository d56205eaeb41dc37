//! The IAI Access Request Recommendations API.

use crate::models;

/// The IAI Access Request Recommendations operations: get them from [`Client::iai_access_request_recommendations`](crate::Client::iai_access_request_recommendations).
#[derive(Debug, Clone, Copy)]
pub struct IaiAccessRequestRecommendationsApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The IAI Access Request Recommendations operations.
    pub fn iai_access_request_recommendations(
        &self,
    ) -> IaiAccessRequestRecommendationsApi<'_> {
        IaiAccessRequestRecommendationsApi {
            client: self,
        }
    }
}

impl<'a> IaiAccessRequestRecommendationsApi<'a> {
    /// Identity access request recommendations
    ///
    /// This API returns the access request recommendations for the specified identity. The default identity is *me* which indicates the current user.
    ///
    /// `GET /ai-access-request-recommendations` (`getAccessRequestRecommendations`)
    pub fn get_access_request_recommendations(
        &self,
    ) -> GetAccessRequestRecommendations<'a> {
        GetAccessRequestRecommendations {
            client: self.client,
            identity_id: None,
            limit: None,
            offset: None,
            count: None,
            include_translation_messages: None,
            filters: None,
            sorters: None,
        }
    }

    /// List ignored access request recommendations
    ///
    /// This API returns the list of ignored access request recommendations.
    ///
    /// `GET /ai-access-request-recommendations/ignored-items` (`getAccessRequestRecommendationsIgnoredItems`)
    pub fn get_access_request_recommendations_ignored_items(
        &self,
    ) -> GetAccessRequestRecommendationsIgnoredItems<'a> {
        GetAccessRequestRecommendationsIgnoredItems {
            client: self.client,
            limit: None,
            offset: None,
            count: None,
            filters: None,
            sorters: None,
        }
    }

    /// Ignore access request recommendation
    ///
    /// This API ignores a recommended access request item. Once an item is ignored, it will be marked as ignored=true if it is still a recommended item. The consumer can decide to hide ignored recommendations.
    ///
    /// `POST /ai-access-request-recommendations/ignored-items` (`addAccessRequestRecommendationsIgnoredItem`)
    pub fn add_access_request_recommendations_ignored_item(
        &self,
        access_request_recommendation_action_item_dto: models::AccessRequestRecommendationActionItemDto,
    ) -> AddAccessRequestRecommendationsIgnoredItem<'a> {
        AddAccessRequestRecommendationsIgnoredItem {
            client: self.client,
            access_request_recommendation_action_item_dto,
        }
    }

    /// List accepted access request recommendations
    ///
    /// This API returns a list of requested access request recommendations.
    ///
    /// `GET /ai-access-request-recommendations/requested-items` (`getAccessRequestRecommendationsRequestedItems`)
    pub fn get_access_request_recommendations_requested_items(
        &self,
    ) -> GetAccessRequestRecommendationsRequestedItems<'a> {
        GetAccessRequestRecommendationsRequestedItems {
            client: self.client,
            limit: None,
            offset: None,
            count: None,
            filters: None,
            sorters: None,
        }
    }

    /// Accept access request recommendation
    ///
    /// This API consumes a notification that a recommended access request item was requested. This API does not actually make the request, it is just a notification. This will help provide feedback in order to improve our recommendations.
    ///
    /// `POST /ai-access-request-recommendations/requested-items` (`addAccessRequestRecommendationsRequestedItem`)
    pub fn add_access_request_recommendations_requested_item(
        &self,
        access_request_recommendation_action_item_dto: models::AccessRequestRecommendationActionItemDto,
    ) -> AddAccessRequestRecommendationsRequestedItem<'a> {
        AddAccessRequestRecommendationsRequestedItem {
            client: self.client,
            access_request_recommendation_action_item_dto,
        }
    }

    /// List viewed access request recommendations
    ///
    /// This API returns the list of viewed access request recommendations.
    ///
    /// `GET /ai-access-request-recommendations/viewed-items` (`getAccessRequestRecommendationsViewedItems`)
    pub fn get_access_request_recommendations_viewed_items(
        &self,
    ) -> GetAccessRequestRecommendationsViewedItems<'a> {
        GetAccessRequestRecommendationsViewedItems {
            client: self.client,
            limit: None,
            offset: None,
            count: None,
            filters: None,
            sorters: None,
        }
    }

    /// Mark viewed access request recommendations
    ///
    /// This API consumes a notification that a recommended access request item was viewed. Future recommendations with this item will be marked with viewed=true. This can be useful for the consumer to determine if there are any new/unviewed recommendations.
    ///
    /// `POST /ai-access-request-recommendations/viewed-items` (`addAccessRequestRecommendationsViewedItem`)
    pub fn add_access_request_recommendations_viewed_item(
        &self,
        access_request_recommendation_action_item_dto: models::AccessRequestRecommendationActionItemDto,
    ) -> AddAccessRequestRecommendationsViewedItem<'a> {
        AddAccessRequestRecommendationsViewedItem {
            client: self.client,
            access_request_recommendation_action_item_dto,
        }
    }

    /// Bulk mark viewed access request recommendations
    ///
    /// This API consumes a notification that a set of recommended access request item were viewed. Future recommendations with these items will be marked with viewed=true. This can be useful for the consumer to determine if there are any new/unviewed recommendations.
    ///
    /// `POST /ai-access-request-recommendations/viewed-items/bulk-create` (`addAccessRequestRecommendationsViewedItems`)
    pub fn add_access_request_recommendations_viewed_items(
        &self,
        access_request_recommendation_action_item_dto: Vec<
            models::AccessRequestRecommendationActionItemDto,
        >,
    ) -> AddAccessRequestRecommendationsViewedItems<'a> {
        AddAccessRequestRecommendationsViewedItems {
            client: self.client,
            access_request_recommendation_action_item_dto,
        }
    }
}

/// The request of [`IaiAccessRequestRecommendationsApi::get_access_request_recommendations`](IaiAccessRequestRecommendationsApi::get_access_request_recommendations): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetAccessRequestRecommendations<'a> {
    client: &'a crate::Client,
    identity_id: Option<String>,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
    include_translation_messages: Option<bool>,
    filters: Option<String>,
    sorters: Option<String>,
}

impl GetAccessRequestRecommendations<'_> {
    /// Get access request recommendations for an identityId. *me* indicates the current user.
    ///
    /// The server's default: `"me"`.
    pub fn identity_id(mut self, identity_id: impl Into<String>) -> Self {
        self.identity_id = Some(identity_id.into());
        self
    }

    /// Max number of results to return.
    ///
    /// The server's default: `15`.
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

    /// If *true* it will populate a list of translation messages in the response.
    ///
    /// The server's default: `false`.
    pub fn include_translation_messages(
        mut self,
        include_translation_messages: bool,
    ) -> Self {
        self.include_translation_messages = Some(include_translation_messages);
        self
    }

    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **access.name**: *co*
    ///
    /// **access.type**: *eq, in*
    ///
    /// **access.description**: *co, eq, in*
    pub fn filters(mut self, filters: impl Into<String>) -> Self {
        self.filters = Some(filters.into());
        self
    }

    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **access.name, access.type**
    ///
    /// By default the recommendations are sorted by highest confidence first.
    pub fn sorters(mut self, sorters: impl Into<String>) -> Self {
        self.sorters = Some(sorters.into());
        self
    }

    /// Sends the request: `GET /ai-access-request-recommendations`.
    pub async fn send(
        self,
    ) -> Result<Vec<models::AccessRequestRecommendationItemDetail>, crate::Error> {
        let path = "/ai-access-request-recommendations";
        let mut request = self.client.request(reqwest::Method::GET, path);
        let mut query: Vec<(&str, String)> = Vec::new();
        if let Some(value) = &self.identity_id {
            query.push(("identity-id", value.clone()));
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
        if let Some(value) = &self.include_translation_messages {
            query.push(("include-translation-messages", value.to_string()));
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
            .execute("getAccessRequestRecommendations", request)
            .await?;
        crate::request::json("getAccessRequestRecommendations", response).await
    }
}

/// The request of [`IaiAccessRequestRecommendationsApi::get_access_request_recommendations_ignored_items`](IaiAccessRequestRecommendationsApi::get_access_request_recommendations_ignored_items): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetAccessRequestRecommendationsIgnoredItems<'a> {
    client: &'a crate::Client,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
    filters: Option<String>,
    sorters: Option<String>,
}

impl GetAccessRequestRecommendationsIgnoredItems<'_> {
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

    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **access.id**: *eq, in*
    ///
    /// **access.type**: *eq, in*
    ///
    /// **identityId**: *eq, in*
    pub fn filters(mut self, filters: impl Into<String>) -> Self {
        self.filters = Some(filters.into());
        self
    }

    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **access.id, access.type, identityId, timestamp**
    pub fn sorters(mut self, sorters: impl Into<String>) -> Self {
        self.sorters = Some(sorters.into());
        self
    }

    /// Sends the request: `GET /ai-access-request-recommendations/ignored-items`.
    pub async fn send(
        self,
    ) -> Result<
        Vec<models::AccessRequestRecommendationActionItemResponseDto>,
        crate::Error,
    > {
        let path = "/ai-access-request-recommendations/ignored-items";
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
            .execute("getAccessRequestRecommendationsIgnoredItems", request)
            .await?;
        crate::request::json("getAccessRequestRecommendationsIgnoredItems", response)
            .await
    }
}

/// The request of [`IaiAccessRequestRecommendationsApi::add_access_request_recommendations_ignored_item`](IaiAccessRequestRecommendationsApi::add_access_request_recommendations_ignored_item): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct AddAccessRequestRecommendationsIgnoredItem<'a> {
    client: &'a crate::Client,
    access_request_recommendation_action_item_dto: models::AccessRequestRecommendationActionItemDto,
}

impl AddAccessRequestRecommendationsIgnoredItem<'_> {
    /// Sends the request: `POST /ai-access-request-recommendations/ignored-items`.
    pub async fn send(
        self,
    ) -> Result<models::AccessRequestRecommendationActionItemResponseDto, crate::Error> {
        let path = "/ai-access-request-recommendations/ignored-items";
        let mut request = self.client.request(reqwest::Method::POST, path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        {
            let value = self.access_request_recommendation_action_item_dto;
            request = crate::request::with_json(
                "addAccessRequestRecommendationsIgnoredItem",
                request,
                "application/json",
                &value,
            )?;
        }
        let response = self
            .client
            .execute("addAccessRequestRecommendationsIgnoredItem", request)
            .await?;
        crate::request::json("addAccessRequestRecommendationsIgnoredItem", response)
            .await
    }
}

/// The request of [`IaiAccessRequestRecommendationsApi::get_access_request_recommendations_requested_items`](IaiAccessRequestRecommendationsApi::get_access_request_recommendations_requested_items): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetAccessRequestRecommendationsRequestedItems<'a> {
    client: &'a crate::Client,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
    filters: Option<String>,
    sorters: Option<String>,
}

impl GetAccessRequestRecommendationsRequestedItems<'_> {
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

    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **access.id**: *eq, in*
    ///
    /// **access.type**: *eq, in*
    ///
    /// **identityId**: *eq, in*
    pub fn filters(mut self, filters: impl Into<String>) -> Self {
        self.filters = Some(filters.into());
        self
    }

    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **access.id, access.type, identityId, timestamp**
    pub fn sorters(mut self, sorters: impl Into<String>) -> Self {
        self.sorters = Some(sorters.into());
        self
    }

    /// Sends the request: `GET /ai-access-request-recommendations/requested-items`.
    pub async fn send(
        self,
    ) -> Result<
        Vec<models::AccessRequestRecommendationActionItemResponseDto>,
        crate::Error,
    > {
        let path = "/ai-access-request-recommendations/requested-items";
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
            .execute("getAccessRequestRecommendationsRequestedItems", request)
            .await?;
        crate::request::json("getAccessRequestRecommendationsRequestedItems", response)
            .await
    }
}

/// The request of [`IaiAccessRequestRecommendationsApi::add_access_request_recommendations_requested_item`](IaiAccessRequestRecommendationsApi::add_access_request_recommendations_requested_item): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct AddAccessRequestRecommendationsRequestedItem<'a> {
    client: &'a crate::Client,
    access_request_recommendation_action_item_dto: models::AccessRequestRecommendationActionItemDto,
}

impl AddAccessRequestRecommendationsRequestedItem<'_> {
    /// Sends the request: `POST /ai-access-request-recommendations/requested-items`.
    pub async fn send(
        self,
    ) -> Result<models::AccessRequestRecommendationActionItemResponseDto, crate::Error> {
        let path = "/ai-access-request-recommendations/requested-items";
        let mut request = self.client.request(reqwest::Method::POST, path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        {
            let value = self.access_request_recommendation_action_item_dto;
            request = crate::request::with_json(
                "addAccessRequestRecommendationsRequestedItem",
                request,
                "application/json",
                &value,
            )?;
        }
        let response = self
            .client
            .execute("addAccessRequestRecommendationsRequestedItem", request)
            .await?;
        crate::request::json("addAccessRequestRecommendationsRequestedItem", response)
            .await
    }
}

/// The request of [`IaiAccessRequestRecommendationsApi::get_access_request_recommendations_viewed_items`](IaiAccessRequestRecommendationsApi::get_access_request_recommendations_viewed_items): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetAccessRequestRecommendationsViewedItems<'a> {
    client: &'a crate::Client,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
    filters: Option<String>,
    sorters: Option<String>,
}

impl GetAccessRequestRecommendationsViewedItems<'_> {
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

    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **access.id**: *eq, in*
    ///
    /// **access.type**: *eq, in*
    ///
    /// **identityId**: *eq, in*
    pub fn filters(mut self, filters: impl Into<String>) -> Self {
        self.filters = Some(filters.into());
        self
    }

    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **access.id, access.type, identityId, timestamp**
    pub fn sorters(mut self, sorters: impl Into<String>) -> Self {
        self.sorters = Some(sorters.into());
        self
    }

    /// Sends the request: `GET /ai-access-request-recommendations/viewed-items`.
    pub async fn send(
        self,
    ) -> Result<
        Vec<models::AccessRequestRecommendationActionItemResponseDto>,
        crate::Error,
    > {
        let path = "/ai-access-request-recommendations/viewed-items";
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
            .execute("getAccessRequestRecommendationsViewedItems", request)
            .await?;
        crate::request::json("getAccessRequestRecommendationsViewedItems", response)
            .await
    }
}

/// The request of [`IaiAccessRequestRecommendationsApi::add_access_request_recommendations_viewed_item`](IaiAccessRequestRecommendationsApi::add_access_request_recommendations_viewed_item): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct AddAccessRequestRecommendationsViewedItem<'a> {
    client: &'a crate::Client,
    access_request_recommendation_action_item_dto: models::AccessRequestRecommendationActionItemDto,
}

impl AddAccessRequestRecommendationsViewedItem<'_> {
    /// Sends the request: `POST /ai-access-request-recommendations/viewed-items`.
    pub async fn send(
        self,
    ) -> Result<models::AccessRequestRecommendationActionItemResponseDto, crate::Error> {
        let path = "/ai-access-request-recommendations/viewed-items";
        let mut request = self.client.request(reqwest::Method::POST, path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        {
            let value = self.access_request_recommendation_action_item_dto;
            request = crate::request::with_json(
                "addAccessRequestRecommendationsViewedItem",
                request,
                "application/json",
                &value,
            )?;
        }
        let response = self
            .client
            .execute("addAccessRequestRecommendationsViewedItem", request)
            .await?;
        crate::request::json("addAccessRequestRecommendationsViewedItem", response).await
    }
}

/// The request of [`IaiAccessRequestRecommendationsApi::add_access_request_recommendations_viewed_items`](IaiAccessRequestRecommendationsApi::add_access_request_recommendations_viewed_items): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct AddAccessRequestRecommendationsViewedItems<'a> {
    client: &'a crate::Client,
    access_request_recommendation_action_item_dto: Vec<
        models::AccessRequestRecommendationActionItemDto,
    >,
}

impl AddAccessRequestRecommendationsViewedItems<'_> {
    /// Sends the request: `POST /ai-access-request-recommendations/viewed-items/bulk-create`.
    pub async fn send(
        self,
    ) -> Result<
        Vec<models::AccessRequestRecommendationActionItemResponseDto>,
        crate::Error,
    > {
        let path = "/ai-access-request-recommendations/viewed-items/bulk-create";
        let mut request = self.client.request(reqwest::Method::POST, path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        {
            let value = self.access_request_recommendation_action_item_dto;
            request = crate::request::with_json(
                "addAccessRequestRecommendationsViewedItems",
                request,
                "application/json",
                &value,
            )?;
        }
        let response = self
            .client
            .execute("addAccessRequestRecommendationsViewedItems", request)
            .await?;
        crate::request::json("addAccessRequestRecommendationsViewedItems", response)
            .await
    }
}
