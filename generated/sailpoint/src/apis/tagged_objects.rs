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
    #[inline]
    pub fn tagged_objects(&self) -> TaggedObjectsApi<'_> {
        TaggedObjectsApi { client: self }
    }
}

impl<'a> TaggedObjectsApi<'a> {
    /// List tagged objects
    ///
    /// This API returns a list of all tagged objects.
    ///
    /// `GET /tagged-objects/v1` (`listTaggedObjectsV1`)
    #[inline]
    pub fn list_tagged_objects_v1(&self) -> ListTaggedObjectsV1 {
        ListTaggedObjectsV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            limit: None,
            offset: None,
            count: None,
            filters: None,
            listing: crate::pagination::Listing::default(),
        }
    }

    /// Add tag to object
    ///
    /// This adds a tag to an object.
    ///
    /// `POST /tagged-objects/v1` (`setTagToObjectV1`)
    #[inline]
    pub fn set_tag_to_object_v1(
        &self,
        taggedobject: models::Taggedobject,
    ) -> SetTagToObjectV1 {
        SetTagToObjectV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            taggedobject,
        }
    }

    /// List tagged objects by type
    ///
    /// This API returns a list of all tagged objects by type.
    ///
    /// `GET /tagged-objects/v1/{type}` (`listTaggedObjectsByTypeV1`)
    #[inline]
    pub fn list_tagged_objects_by_type_v1(
        &self,
        r#type: models::ListTaggedObjectsByTypeV1Type,
    ) -> ListTaggedObjectsByTypeV1 {
        ListTaggedObjectsByTypeV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            r#type,
            limit: None,
            offset: None,
            count: None,
            filters: None,
            listing: crate::pagination::Listing::default(),
        }
    }

    /// Get tagged object
    ///
    /// This gets a tagged object for the specified type.
    ///
    /// `GET /tagged-objects/v1/{type}/{id}` (`getTaggedObjectV1`)
    #[inline]
    pub fn get_tagged_object_v1(
        &self,
        r#type: models::GetTaggedObjectV1Type,
        id: impl Into<String>,
    ) -> GetTaggedObjectV1 {
        GetTaggedObjectV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            r#type,
            id: id.into(),
        }
    }

    /// Update tagged object
    ///
    /// This updates a tagged object for the specified type.
    ///
    /// `PUT /tagged-objects/v1/{type}/{id}` (`putTaggedObjectV1`)
    #[inline]
    pub fn put_tagged_object_v1(
        &self,
        r#type: models::PutTaggedObjectV1Type,
        id: impl Into<String>,
        taggedobject: models::Taggedobject,
    ) -> PutTaggedObjectV1 {
        PutTaggedObjectV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            r#type,
            id: id.into(),
            taggedobject,
        }
    }

    /// Delete object tags
    ///
    /// Delete all tags from a tagged object.
    ///
    /// `DELETE /tagged-objects/v1/{type}/{id}` (`deleteTaggedObjectV1`)
    #[inline]
    pub fn delete_tagged_object_v1(
        &self,
        r#type: models::DeleteTaggedObjectV1Type,
        id: impl Into<String>,
    ) -> DeleteTaggedObjectV1 {
        DeleteTaggedObjectV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            r#type,
            id: id.into(),
        }
    }

    /// Tag multiple objects
    ///
    /// This API adds tags to multiple objects.
    ///
    /// `POST /tagged-objects/v1/bulk-add` (`setTagsToManyObjectsV1`)
    #[inline]
    pub fn set_tags_to_many_objects_v1(
        &self,
        bulkaddtaggedobject: models::Bulkaddtaggedobject,
    ) -> SetTagsToManyObjectsV1 {
        SetTagsToManyObjectsV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            bulkaddtaggedobject,
        }
    }

    /// Remove tags from multiple objects
    ///
    /// This API removes tags from multiple objects.
    ///
    /// `POST /tagged-objects/v1/bulk-remove` (`deleteTagsToManyObjectV1`)
    #[inline]
    pub fn delete_tags_to_many_object_v1(
        &self,
        bulkremovetaggedobject: models::Bulkremovetaggedobject,
    ) -> DeleteTagsToManyObjectV1 {
        DeleteTagsToManyObjectV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            bulkremovetaggedobject,
        }
    }
}

/// The error statuses of [`TaggedObjectsApi::list_tagged_objects_v1`](TaggedObjectsApi::list_tagged_objects_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type ListTaggedObjectsV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`TaggedObjectsApi::list_tagged_objects_v1`](TaggedObjectsApi::list_tagged_objects_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListTaggedObjectsV1 {
    client: crate::Client,
    options: crate::request::Options,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
    filters: Option<String>,
    listing: crate::pagination::Listing,
}

impl ListTaggedObjectsV1 {
    /// Max number of results to return.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// The server's default: `250`.
    #[inline]
    pub fn limit(mut self, limit: i32) -> Self {
        self.limit = Some(limit);
        self
    }

    /// Offset into the full result set. Usually specified with *limit* to paginate through the results.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// The server's default: `0`.
    #[inline]
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
    #[inline]
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
    #[inline]
    pub fn filters(mut self, filters: impl Into<String>) -> Self {
        self.filters = Some(filters.into());
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

    /// The most items [`items`](Self::items) yields, over all pages.
    #[inline]
    pub fn max_items(mut self, max_items: usize) -> Self {
        self.listing.max_items = Some(max_items);
        self
    }

    /// How many pages [`items`](Self::items) requests beyond the one being read, whatever the
    /// reader's pace and wherever the list ends (0 for one page at a time). If not set, the
    /// listing plans its pages from the total the first page counts and keeps as many in flight as
    /// the client's rate limit and the reader allow.
    #[inline]
    pub fn pages_ahead(mut self, pages: usize) -> Self {
        self.listing.pages_ahead = Some(pages);
        self
    }

    /// Sends the request: `GET /tagged-objects/v1`; returns one page.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::Taggedobject>,
            crate::SdkError<ListTaggedObjectsV1Error>,
        >,
    > {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request and returns one page with the total the server counts when asked
    /// with `.count(true)`.
    #[inline]
    pub fn send_page(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Page<models::Taggedobject>,
            crate::SdkError<ListTaggedObjectsV1Error>,
        >,
    > {
        crate::request::page(self.call())
    }

    /// Every item of every page from `offset`, fetched as the stream is read: pages of
    /// `limit` items (250 if not set), up to [`max_items`](Self::max_items),
    /// in order. As many pages are in flight as the client's rate limit and the reader's pace
    /// allow, planned from the total the first page counts; the
    /// end of the list is never an error, even where the tenant answers 400 for the offset past
    /// a full last page. Dropping the stream cancels the requests in flight.
    #[inline]
    pub fn items(
        self,
    ) -> impl futures_util::Stream<
        Item = Result<models::Taggedobject, crate::SdkError<ListTaggedObjectsV1Error>>,
    > {
        let paging = crate::pagination::Paging {
            offset: self.offset.map_or(0, i64::from),
            page_size: self.limit.map_or(250, i64::from),
            counts: true,
            budget: self.client.api.budget(),
        };
        let listing = self.listing;
        crate::pagination::items(
            self,
            paging,
            listing,
            |mut request: Self, offset, limit, count| {
                request.offset = Some(i32::try_from(offset).unwrap_or(i32::MAX));
                request.limit = Some(i32::try_from(limit).unwrap_or(i32::MAX));
                if count {
                    request.count = Some(true);
                }
                request.send_page()
            },
        )
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Response<Vec<models::Taggedobject>>,
            crate::SdkError<ListTaggedObjectsV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "listTaggedObjectsV1",
            self.options,
            move |client| {
                let path = "/tagged-objects/v1";
                let mut request = client.request(reqwest::Method::GET, path);
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
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`TaggedObjectsApi::set_tag_to_object_v1`](TaggedObjectsApi::set_tag_to_object_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type SetTagToObjectV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`TaggedObjectsApi::set_tag_to_object_v1`](TaggedObjectsApi::set_tag_to_object_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct SetTagToObjectV1 {
    client: crate::Client,
    options: crate::request::Options,
    taggedobject: models::Taggedobject,
}

impl SetTagToObjectV1 {
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

    /// Sends the request: `POST /tagged-objects/v1`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<(), crate::SdkError<SetTagToObjectV1Error>>> {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<crate::Response<()>, crate::SdkError<SetTagToObjectV1Error>>,
    > {
        crate::request::empty(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "setTagToObjectV1",
            self.options,
            move |client| {
                let path = "/tagged-objects/v1";
                let mut request = client.request(reqwest::Method::POST, path);
                {
                    let value = &self.taggedobject;
                    request = crate::request::with_json(
                        "setTagToObjectV1",
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

/// The error statuses of [`TaggedObjectsApi::list_tagged_objects_by_type_v1`](TaggedObjectsApi::list_tagged_objects_by_type_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type ListTaggedObjectsByTypeV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`TaggedObjectsApi::list_tagged_objects_by_type_v1`](TaggedObjectsApi::list_tagged_objects_by_type_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListTaggedObjectsByTypeV1 {
    client: crate::Client,
    options: crate::request::Options,
    r#type: models::ListTaggedObjectsByTypeV1Type,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
    filters: Option<String>,
    listing: crate::pagination::Listing,
}

impl ListTaggedObjectsByTypeV1 {
    /// Max number of results to return.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// The server's default: `250`.
    #[inline]
    pub fn limit(mut self, limit: i32) -> Self {
        self.limit = Some(limit);
        self
    }

    /// Offset into the full result set. Usually specified with *limit* to paginate through the results.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// The server's default: `0`.
    #[inline]
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
    #[inline]
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
    #[inline]
    pub fn filters(mut self, filters: impl Into<String>) -> Self {
        self.filters = Some(filters.into());
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

    /// The most items [`items`](Self::items) yields, over all pages.
    #[inline]
    pub fn max_items(mut self, max_items: usize) -> Self {
        self.listing.max_items = Some(max_items);
        self
    }

    /// How many pages [`items`](Self::items) requests beyond the one being read, whatever the
    /// reader's pace and wherever the list ends (0 for one page at a time). If not set, the
    /// listing plans its pages from the total the first page counts and keeps as many in flight as
    /// the client's rate limit and the reader allow.
    #[inline]
    pub fn pages_ahead(mut self, pages: usize) -> Self {
        self.listing.pages_ahead = Some(pages);
        self
    }

    /// Sends the request: `GET /tagged-objects/v1/{type}`; returns one page.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::Taggedobject>,
            crate::SdkError<ListTaggedObjectsByTypeV1Error>,
        >,
    > {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request and returns one page with the total the server counts when asked
    /// with `.count(true)`.
    #[inline]
    pub fn send_page(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Page<models::Taggedobject>,
            crate::SdkError<ListTaggedObjectsByTypeV1Error>,
        >,
    > {
        crate::request::page(self.call())
    }

    /// Every item of every page from `offset`, fetched as the stream is read: pages of
    /// `limit` items (250 if not set), up to [`max_items`](Self::max_items),
    /// in order. As many pages are in flight as the client's rate limit and the reader's pace
    /// allow, planned from the total the first page counts; the
    /// end of the list is never an error, even where the tenant answers 400 for the offset past
    /// a full last page. Dropping the stream cancels the requests in flight.
    #[inline]
    pub fn items(
        self,
    ) -> impl futures_util::Stream<
        Item = Result<
            models::Taggedobject,
            crate::SdkError<ListTaggedObjectsByTypeV1Error>,
        >,
    > {
        let paging = crate::pagination::Paging {
            offset: self.offset.map_or(0, i64::from),
            page_size: self.limit.map_or(250, i64::from),
            counts: true,
            budget: self.client.api.budget(),
        };
        let listing = self.listing;
        crate::pagination::items(
            self,
            paging,
            listing,
            |mut request: Self, offset, limit, count| {
                request.offset = Some(i32::try_from(offset).unwrap_or(i32::MAX));
                request.limit = Some(i32::try_from(limit).unwrap_or(i32::MAX));
                if count {
                    request.count = Some(true);
                }
                request.send_page()
            },
        )
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Response<Vec<models::Taggedobject>>,
            crate::SdkError<ListTaggedObjectsByTypeV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "listTaggedObjectsByTypeV1",
            self.options,
            move |client| {
                let path = [
                    "/tagged-objects/v1/",
                    &crate::request::path_segment(self.r#type.as_str()),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
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
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`TaggedObjectsApi::get_tagged_object_v1`](TaggedObjectsApi::get_tagged_object_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type GetTaggedObjectV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`TaggedObjectsApi::get_tagged_object_v1`](TaggedObjectsApi::get_tagged_object_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetTaggedObjectV1 {
    client: crate::Client,
    options: crate::request::Options,
    r#type: models::GetTaggedObjectV1Type,
    id: String,
}

impl GetTaggedObjectV1 {
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

    /// Sends the request: `GET /tagged-objects/v1/{type}/{id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<models::Taggedobject, crate::SdkError<GetTaggedObjectV1Error>>,
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
            crate::Response<models::Taggedobject>,
            crate::SdkError<GetTaggedObjectV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getTaggedObjectV1",
            self.options,
            move |client| {
                let path = [
                    "/tagged-objects/v1/",
                    &crate::request::path_segment(self.r#type.as_str()),
                    "/",
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

/// The error statuses of [`TaggedObjectsApi::put_tagged_object_v1`](TaggedObjectsApi::put_tagged_object_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type PutTaggedObjectV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`TaggedObjectsApi::put_tagged_object_v1`](TaggedObjectsApi::put_tagged_object_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PutTaggedObjectV1 {
    client: crate::Client,
    options: crate::request::Options,
    r#type: models::PutTaggedObjectV1Type,
    id: String,
    taggedobject: models::Taggedobject,
}

impl PutTaggedObjectV1 {
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

    /// Sends the request: `PUT /tagged-objects/v1/{type}/{id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<models::Taggedobject, crate::SdkError<PutTaggedObjectV1Error>>,
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
            crate::Response<models::Taggedobject>,
            crate::SdkError<PutTaggedObjectV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "putTaggedObjectV1",
            self.options,
            move |client| {
                let path = [
                    "/tagged-objects/v1/",
                    &crate::request::path_segment(self.r#type.as_str()),
                    "/",
                    &crate::request::path_segment(&self.id),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::PUT, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.taggedobject;
                    request = crate::request::with_json(
                        "putTaggedObjectV1",
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

/// The error statuses of [`TaggedObjectsApi::delete_tagged_object_v1`](TaggedObjectsApi::delete_tagged_object_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type DeleteTaggedObjectV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`TaggedObjectsApi::delete_tagged_object_v1`](TaggedObjectsApi::delete_tagged_object_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteTaggedObjectV1 {
    client: crate::Client,
    options: crate::request::Options,
    r#type: models::DeleteTaggedObjectV1Type,
    id: String,
}

impl DeleteTaggedObjectV1 {
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

    /// Sends the request: `DELETE /tagged-objects/v1/{type}/{id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<(), crate::SdkError<DeleteTaggedObjectV1Error>>> {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<crate::Response<()>, crate::SdkError<DeleteTaggedObjectV1Error>>,
    > {
        crate::request::empty(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "deleteTaggedObjectV1",
            self.options,
            move |client| {
                let path = [
                    "/tagged-objects/v1/",
                    &crate::request::path_segment(self.r#type.as_str()),
                    "/",
                    &crate::request::path_segment(&self.id),
                ]
                    .concat();
                let request = client.request(reqwest::Method::DELETE, &path);
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`TaggedObjectsApi::set_tags_to_many_objects_v1`](TaggedObjectsApi::set_tags_to_many_objects_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type SetTagsToManyObjectsV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`TaggedObjectsApi::set_tags_to_many_objects_v1`](TaggedObjectsApi::set_tags_to_many_objects_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct SetTagsToManyObjectsV1 {
    client: crate::Client,
    options: crate::request::Options,
    bulkaddtaggedobject: models::Bulkaddtaggedobject,
}

impl SetTagsToManyObjectsV1 {
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

    /// Sends the request: `POST /tagged-objects/v1/bulk-add`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::Bulktaggedobjectresponse>,
            crate::SdkError<SetTagsToManyObjectsV1Error>,
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
            crate::Response<Vec<models::Bulktaggedobjectresponse>>,
            crate::SdkError<SetTagsToManyObjectsV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "setTagsToManyObjectsV1",
            self.options,
            move |client| {
                let path = "/tagged-objects/v1/bulk-add";
                let mut request = client.request(reqwest::Method::POST, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.bulkaddtaggedobject;
                    request = crate::request::with_json(
                        "setTagsToManyObjectsV1",
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

/// The error statuses of [`TaggedObjectsApi::delete_tags_to_many_object_v1`](TaggedObjectsApi::delete_tags_to_many_object_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type DeleteTagsToManyObjectV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`TaggedObjectsApi::delete_tags_to_many_object_v1`](TaggedObjectsApi::delete_tags_to_many_object_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteTagsToManyObjectV1 {
    client: crate::Client,
    options: crate::request::Options,
    bulkremovetaggedobject: models::Bulkremovetaggedobject,
}

impl DeleteTagsToManyObjectV1 {
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

    /// Sends the request: `POST /tagged-objects/v1/bulk-remove`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<(), crate::SdkError<DeleteTagsToManyObjectV1Error>>,
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
            crate::SdkError<DeleteTagsToManyObjectV1Error>,
        >,
    > {
        crate::request::empty(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "deleteTagsToManyObjectV1",
            self.options,
            move |client| {
                let path = "/tagged-objects/v1/bulk-remove";
                let mut request = client.request(reqwest::Method::POST, path);
                {
                    let value = &self.bulkremovetaggedobject;
                    request = crate::request::with_json(
                        "deleteTagsToManyObjectV1",
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
