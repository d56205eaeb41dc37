//! Use this API to implement object tagging functionality.
//! With object tagging functionality in place, any user in an organization can use tags as a way to group objects together and find them more quickly when the user searches Identity Security Cloud.
//!
//! In Identity Security Cloud, users can search their tenants for information and add tags objects they find.
//! Tagging an object provides users with a way of grouping objects together and makes it easier to find these objects in the future.
//!
//! For example, if a user is searching for an entitlement that grants a risky level of access to Active Directory, it's possible that the user may have to search through hundreds of entitlements to find the correct one.
//! Once the user finds that entitlement, the user can add a tag to the entitlement, "AD_RISKY" to make it easier to find the entitlement again.
//! The user can add the same tag to multiple objects the user wants to group together for an easy future search, and the user can also do so in bulk.
//! When the user wants to find that tagged entitlement again, the user can search for "tags:AD_RISKY" to find all objects with that tag.
//!
//! With the API, you can tag even more different object types than you can in Identity Security Cloud (access profiles, entitlements, identities, and roles).
//! You can use the API to tag all these objects:
//!
//! - Access profiles
//!
//! - Applications
//!
//! - Certification campaigns
//!
//! - Entitlements
//!
//! - Identities
//!
//! - Roles
//!
//! - SOD (separation of duties) policies
//!
//! - Sources
//!
//! You can also use the API to directly find, create, and manage tagged objects without using search queries.
//!
//! There are limits to tags:
//!
//! - You can have up to 500 different tags in your tenant.
//!
//! - You can apply up to 30 tags to one object.
//!
//! - You can have up to 10,000 tag associations, pairings of 1 tag to 1 object, in your tenant.
//!
//! Because of these limits, it is recommended that you work with your governance experts and security teams to establish a list of tags that are most expressive of governance objects and access managed by Identity Security Cloud.
//!
//! These are the types of information often expressed in tags:
//!
//! - Affected departments
//!
//! - Compliance and regulatory categories
//!
//! - Remediation urgency levels
//!
//! - Risk levels
//!
//! Refer to [Tagging Items in Search](https://documentation.sailpoint.com/saas/help/search/index.html?h=tags#tagging-items-in-search) for more information about tagging objects in Identity Security Cloud.

use crate::models;

/// The Tagged Objects operations: get them from [`Client::tagged_objects`](crate::Client::tagged_objects).
#[derive(Debug, Clone, Copy)]
pub struct TaggedObjectsApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The Tagged Objects operations.
    pub fn tagged_objects(&self) -> TaggedObjectsApi<'_> {
        TaggedObjectsApi { client: self }
    }
}

impl<'a> TaggedObjectsApi<'a> {
    /// List tagged objects
    ///
    /// This API returns a list of all tagged objects.
    ///
    /// `GET /tagged-objects` (`listTaggedObjects`)
    pub fn list_tagged_objects(&self) -> ListTaggedObjects<'a> {
        ListTaggedObjects {
            client: self.client,
            limit: None,
            offset: None,
            count: None,
            filters: None,
        }
    }

    /// Add tag to object
    ///
    /// This adds a tag to an object.
    ///
    /// `POST /tagged-objects` (`setTagToObject`)
    pub fn set_tag_to_object(
        &self,
        tagged_object: models::TaggedObject,
    ) -> SetTagToObject<'a> {
        SetTagToObject {
            client: self.client,
            tagged_object,
        }
    }

    /// List tagged objects by type
    ///
    /// This API returns a list of all tagged objects by type.
    ///
    /// `GET /tagged-objects/{type}` (`listTaggedObjectsByType`)
    pub fn list_tagged_objects_by_type(
        &self,
        r#type: models::ListTaggedObjectsByTypeType,
    ) -> ListTaggedObjectsByType<'a> {
        ListTaggedObjectsByType {
            client: self.client,
            r#type,
            limit: None,
            offset: None,
            count: None,
            filters: None,
        }
    }

    /// Get tagged object
    ///
    /// This gets a tagged object for the specified type.
    ///
    /// `GET /tagged-objects/{type}/{id}` (`getTaggedObject`)
    pub fn get_tagged_object(
        &self,
        r#type: models::GetTaggedObjectType,
        id: impl Into<String>,
    ) -> GetTaggedObject<'a> {
        GetTaggedObject {
            client: self.client,
            r#type,
            id: id.into(),
        }
    }

    /// Update tagged object
    ///
    /// This updates a tagged object for the specified type.
    ///
    /// `PUT /tagged-objects/{type}/{id}` (`putTaggedObject`)
    pub fn put_tagged_object(
        &self,
        r#type: models::PutTaggedObjectType,
        id: impl Into<String>,
        tagged_object: models::TaggedObject,
    ) -> PutTaggedObject<'a> {
        PutTaggedObject {
            client: self.client,
            r#type,
            id: id.into(),
            tagged_object,
        }
    }

    /// Delete object tags
    ///
    /// Delete all tags from a tagged object.
    ///
    /// `DELETE /tagged-objects/{type}/{id}` (`deleteTaggedObject`)
    pub fn delete_tagged_object(
        &self,
        r#type: models::DeleteTaggedObjectType,
        id: impl Into<String>,
    ) -> DeleteTaggedObject<'a> {
        DeleteTaggedObject {
            client: self.client,
            r#type,
            id: id.into(),
        }
    }

    /// Tag multiple objects
    ///
    /// This API adds tags to multiple objects.
    ///
    /// A token with API, CERT_ADMIN, ORG_ADMIN, REPORT_ADMIN, ROLE_ADMIN, ROLE_SUBADMIN, SOURCE_ADMIN, or SOURCE_SUBADMIN authority is required to call this API.
    ///
    /// `POST /tagged-objects/bulk-add` (`setTagsToManyObjects`)
    pub fn set_tags_to_many_objects(
        &self,
        bulk_tagged_object: models::BulkTaggedObject,
    ) -> SetTagsToManyObjects<'a> {
        SetTagsToManyObjects {
            client: self.client,
            bulk_tagged_object,
        }
    }

    /// Remove tags from multiple objects
    ///
    /// This API removes tags from multiple objects.
    ///
    /// A token with API, CERT_ADMIN, ORG_ADMIN, REPORT_ADMIN, ROLE_ADMIN, ROLE_SUBADMIN, SOURCE_ADMIN, or SOURCE_SUBADMIN authority is required to call this API.
    ///
    /// `POST /tagged-objects/bulk-remove` (`deleteTagsToManyObject`)
    pub fn delete_tags_to_many_object(
        &self,
        bulk_tagged_object: models::BulkTaggedObject,
    ) -> DeleteTagsToManyObject<'a> {
        DeleteTagsToManyObject {
            client: self.client,
            bulk_tagged_object,
        }
    }
}

/// The request of [`TaggedObjectsApi::list_tagged_objects`](TaggedObjectsApi::list_tagged_objects): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListTaggedObjects<'a> {
    client: &'a crate::Client,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
    filters: Option<String>,
}

impl ListTaggedObjects<'_> {
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
    /// **objectRef.id**: *eq, in*
    ///
    /// **objectRef.type**: *eq, in*
    ///
    /// **tagName**: *eq, in*
    pub fn filters(mut self, filters: impl Into<String>) -> Self {
        self.filters = Some(filters.into());
        self
    }

    /// Sends the request: `GET /tagged-objects`.
    pub async fn send(self) -> Result<Vec<models::TaggedObject>, crate::Error> {
        let path = "/tagged-objects";
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
        request = request.query(&query);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self.client.execute("listTaggedObjects", request).await?;
        crate::request::json("listTaggedObjects", response).await
    }
}

/// The request of [`TaggedObjectsApi::set_tag_to_object`](TaggedObjectsApi::set_tag_to_object): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct SetTagToObject<'a> {
    client: &'a crate::Client,
    tagged_object: models::TaggedObject,
}

impl SetTagToObject<'_> {
    /// Sends the request: `POST /tagged-objects`.
    pub async fn send(self) -> Result<(), crate::Error> {
        let path = "/tagged-objects";
        let mut request = self.client.request(reqwest::Method::POST, path);
        {
            let value = self.tagged_object;
            request = crate::request::with_json(
                "setTagToObject",
                request,
                "application/json",
                &value,
            )?;
        }
        let response = self.client.execute("setTagToObject", request).await?;
        crate::request::empty("setTagToObject", response).await
    }
}

/// The request of [`TaggedObjectsApi::list_tagged_objects_by_type`](TaggedObjectsApi::list_tagged_objects_by_type): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListTaggedObjectsByType<'a> {
    client: &'a crate::Client,
    r#type: models::ListTaggedObjectsByTypeType,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
    filters: Option<String>,
}

impl ListTaggedObjectsByType<'_> {
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
    /// **objectRef.id**: *eq*
    ///
    /// **objectRef.type**: *eq*
    pub fn filters(mut self, filters: impl Into<String>) -> Self {
        self.filters = Some(filters.into());
        self
    }

    /// Sends the request: `GET /tagged-objects/{type}`.
    pub async fn send(self) -> Result<Vec<models::TaggedObject>, crate::Error> {
        let path = [
            "/tagged-objects/",
            &crate::request::path_segment(self.r#type.as_str()),
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
        if let Some(value) = &self.filters {
            query.push(("filters", value.clone()));
        }
        request = request.query(&query);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self.client.execute("listTaggedObjectsByType", request).await?;
        crate::request::json("listTaggedObjectsByType", response).await
    }
}

/// The request of [`TaggedObjectsApi::get_tagged_object`](TaggedObjectsApi::get_tagged_object): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetTaggedObject<'a> {
    client: &'a crate::Client,
    r#type: models::GetTaggedObjectType,
    id: String,
}

impl GetTaggedObject<'_> {
    /// Sends the request: `GET /tagged-objects/{type}/{id}`.
    pub async fn send(self) -> Result<models::TaggedObject, crate::Error> {
        let path = [
            "/tagged-objects/",
            &crate::request::path_segment(self.r#type.as_str()),
            "/",
            &crate::request::path_segment(&self.id),
        ]
            .concat();
        let mut request = self.client.request(reqwest::Method::GET, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self.client.execute("getTaggedObject", request).await?;
        crate::request::json("getTaggedObject", response).await
    }
}

/// The request of [`TaggedObjectsApi::put_tagged_object`](TaggedObjectsApi::put_tagged_object): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PutTaggedObject<'a> {
    client: &'a crate::Client,
    r#type: models::PutTaggedObjectType,
    id: String,
    tagged_object: models::TaggedObject,
}

impl PutTaggedObject<'_> {
    /// Sends the request: `PUT /tagged-objects/{type}/{id}`.
    pub async fn send(self) -> Result<models::TaggedObject, crate::Error> {
        let path = [
            "/tagged-objects/",
            &crate::request::path_segment(self.r#type.as_str()),
            "/",
            &crate::request::path_segment(&self.id),
        ]
            .concat();
        let mut request = self.client.request(reqwest::Method::PUT, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        {
            let value = self.tagged_object;
            request = crate::request::with_json(
                "putTaggedObject",
                request,
                "application/json",
                &value,
            )?;
        }
        let response = self.client.execute("putTaggedObject", request).await?;
        crate::request::json("putTaggedObject", response).await
    }
}

/// The request of [`TaggedObjectsApi::delete_tagged_object`](TaggedObjectsApi::delete_tagged_object): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteTaggedObject<'a> {
    client: &'a crate::Client,
    r#type: models::DeleteTaggedObjectType,
    id: String,
}

impl DeleteTaggedObject<'_> {
    /// Sends the request: `DELETE /tagged-objects/{type}/{id}`.
    pub async fn send(self) -> Result<(), crate::Error> {
        let path = [
            "/tagged-objects/",
            &crate::request::path_segment(self.r#type.as_str()),
            "/",
            &crate::request::path_segment(&self.id),
        ]
            .concat();
        let request = self.client.request(reqwest::Method::DELETE, &path);
        let response = self.client.execute("deleteTaggedObject", request).await?;
        crate::request::empty("deleteTaggedObject", response).await
    }
}

/// The request of [`TaggedObjectsApi::set_tags_to_many_objects`](TaggedObjectsApi::set_tags_to_many_objects): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct SetTagsToManyObjects<'a> {
    client: &'a crate::Client,
    bulk_tagged_object: models::BulkTaggedObject,
}

impl SetTagsToManyObjects<'_> {
    /// Sends the request: `POST /tagged-objects/bulk-add`.
    pub async fn send(self) -> Result<models::BulkTaggedObject, crate::Error> {
        let path = "/tagged-objects/bulk-add";
        let mut request = self.client.request(reqwest::Method::POST, path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        {
            let value = self.bulk_tagged_object;
            request = crate::request::with_json(
                "setTagsToManyObjects",
                request,
                "application/json",
                &value,
            )?;
        }
        let response = self.client.execute("setTagsToManyObjects", request).await?;
        crate::request::json("setTagsToManyObjects", response).await
    }
}

/// The request of [`TaggedObjectsApi::delete_tags_to_many_object`](TaggedObjectsApi::delete_tags_to_many_object): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteTagsToManyObject<'a> {
    client: &'a crate::Client,
    bulk_tagged_object: models::BulkTaggedObject,
}

impl DeleteTagsToManyObject<'_> {
    /// Sends the request: `POST /tagged-objects/bulk-remove`.
    pub async fn send(self) -> Result<(), crate::Error> {
        let path = "/tagged-objects/bulk-remove";
        let mut request = self.client.request(reqwest::Method::POST, path);
        {
            let value = self.bulk_tagged_object;
            request = crate::request::with_json(
                "deleteTagsToManyObject",
                request,
                "application/json",
                &value,
            )?;
        }
        let response = self.client.execute("deleteTagsToManyObject", request).await?;
        crate::request::empty("deleteTagsToManyObject", response).await
    }
}
