//! The Tags API.

use crate::models;

/// The Tags operations: get them from [`Client::tags`](crate::Client::tags).
#[derive(Debug, Clone, Copy)]
pub struct TagsApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The Tags operations.
    pub fn tags(&self) -> TagsApi<'_> {
        TagsApi { client: self }
    }
}

impl<'a> TagsApi<'a> {
    /// List tags
    ///
    /// This API returns a list of tags.
    ///
    /// A token with API, ORG_ADMIN, CERT_ADMIN, REPORT_ADMIN, ROLE_ADMIN, ROLE_SUBADMIN, SOURCE_ADMIN, or SOURCE_SUBADMIN authority is required to call this API.
    ///
    /// `GET /tags` (`listTags`)
    pub fn list_tags(&self) -> ListTags<'a> {
        ListTags {
            client: self.client,
            limit: None,
            offset: None,
            count: None,
            filters: None,
            sorters: None,
        }
    }

    /// Create tag
    ///
    /// This API creates new tag.
    ///
    /// A token with API, ORG_ADMIN, CERT_ADMIN, REPORT_ADMIN, ROLE_ADMIN, ROLE_SUBADMIN, SOURCE_ADMIN, or SOURCE_SUBADMIN authority is required to call this API.
    ///
    /// `POST /tags` (`createTag`)
    pub fn create_tag(&self, tag: models::Tag) -> CreateTag<'a> {
        CreateTag {
            client: self.client,
            tag,
        }
    }

    /// Get tag by id
    ///
    /// Returns a tag by its id.
    ///
    /// A token with API, ORG_ADMIN, CERT_ADMIN, REPORT_ADMIN, ROLE_ADMIN, ROLE_SUBADMIN, SOURCE_ADMIN, or SOURCE_SUBADMIN authority is required to call this API.
    ///
    /// `GET /tags/{id}` (`getTagById`)
    pub fn get_tag_by_id(&self, id: impl Into<String>) -> GetTagById<'a> {
        GetTagById {
            client: self.client,
            id: id.into(),
        }
    }

    /// Delete tag
    ///
    /// This API deletes a tag by specified id.
    ///
    /// A token with API, ORG_ADMIN, CERT_ADMIN, REPORT_ADMIN, ROLE_ADMIN, ROLE_SUBADMIN, SOURCE_ADMIN, or SOURCE_SUBADMIN authority is required to call this API.
    ///
    /// `DELETE /tags/{id}` (`deleteTagById`)
    pub fn delete_tag_by_id(&self, id: impl Into<String>) -> DeleteTagById<'a> {
        DeleteTagById {
            client: self.client,
            id: id.into(),
        }
    }
}

/// The request of [`TagsApi::list_tags`](TagsApi::list_tags): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListTags<'a> {
    client: &'a crate::Client,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
    filters: Option<String>,
    sorters: Option<String>,
}

impl ListTags<'_> {
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
    /// **id**: *eq, in*
    ///
    /// **name**: *eq, in, sw*
    pub fn filters(mut self, filters: impl Into<String>) -> Self {
        self.filters = Some(filters.into());
        self
    }

    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **id, name, created, modified**
    pub fn sorters(mut self, sorters: impl Into<String>) -> Self {
        self.sorters = Some(sorters.into());
        self
    }

    /// Sends the request: `GET /tags`.
    pub async fn send(self) -> Result<Vec<models::Tag>, crate::Error> {
        let path = "/tags";
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
        let response = self.client.execute("listTags", request).await?;
        crate::request::json("listTags", response).await
    }
}

/// The request of [`TagsApi::create_tag`](TagsApi::create_tag): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateTag<'a> {
    client: &'a crate::Client,
    tag: models::Tag,
}

impl CreateTag<'_> {
    /// Sends the request: `POST /tags`.
    pub async fn send(self) -> Result<models::Tag, crate::Error> {
        let path = "/tags";
        let mut request = self.client.request(reqwest::Method::POST, path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        {
            let value = self.tag;
            request = crate::request::with_json(
                "createTag",
                request,
                "application/json",
                &value,
            )?;
        }
        let response = self.client.execute("createTag", request).await?;
        crate::request::json("createTag", response).await
    }
}

/// The request of [`TagsApi::get_tag_by_id`](TagsApi::get_tag_by_id): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetTagById<'a> {
    client: &'a crate::Client,
    id: String,
}

impl GetTagById<'_> {
    /// Sends the request: `GET /tags/{id}`.
    pub async fn send(self) -> Result<models::Tag, crate::Error> {
        let path = ["/tags/", &crate::request::path_segment(&self.id)].concat();
        let mut request = self.client.request(reqwest::Method::GET, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self.client.execute("getTagById", request).await?;
        crate::request::json("getTagById", response).await
    }
}

/// The request of [`TagsApi::delete_tag_by_id`](TagsApi::delete_tag_by_id): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteTagById<'a> {
    client: &'a crate::Client,
    id: String,
}

impl DeleteTagById<'_> {
    /// Sends the request: `DELETE /tags/{id}`.
    pub async fn send(self) -> Result<(), crate::Error> {
        let path = ["/tags/", &crate::request::path_segment(&self.id)].concat();
        let request = self.client.request(reqwest::Method::DELETE, &path);
        let response = self.client.execute("deleteTagById", request).await?;
        crate::request::empty("deleteTagById", response).await
    }
}
