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
    /// `GET /tagged-objects` (`listTaggedObjects`)
    #[inline]
    pub fn list_tagged_objects(&self) -> ListTaggedObjects {
        ListTaggedObjects {
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
    /// `POST /tagged-objects` (`setTagToObject`)
    #[inline]
    pub fn set_tag_to_object(
        &self,
        tagged_object: models::TaggedObject,
    ) -> SetTagToObject {
        SetTagToObject {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            tagged_object,
        }
    }

    /// List tagged objects by type
    ///
    /// This API returns a list of all tagged objects by type.
    ///
    /// `GET /tagged-objects/{type}` (`listTaggedObjectsByType`)
    #[inline]
    pub fn list_tagged_objects_by_type(
        &self,
        r#type: models::ListTaggedObjectsByTypeType,
    ) -> ListTaggedObjectsByType {
        ListTaggedObjectsByType {
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
    /// `GET /tagged-objects/{type}/{id}` (`getTaggedObject`)
    #[inline]
    pub fn get_tagged_object(
        &self,
        r#type: models::GetTaggedObjectType,
        id: impl Into<String>,
    ) -> GetTaggedObject {
        GetTaggedObject {
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
    /// `PUT /tagged-objects/{type}/{id}` (`putTaggedObject`)
    #[inline]
    pub fn put_tagged_object(
        &self,
        r#type: models::PutTaggedObjectType,
        id: impl Into<String>,
        tagged_object: models::TaggedObject,
    ) -> PutTaggedObject {
        PutTaggedObject {
            client: self.client.clone(),
            options: crate::request::Options::default(),
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
    #[inline]
    pub fn delete_tagged_object(
        &self,
        r#type: models::DeleteTaggedObjectType,
        id: impl Into<String>,
    ) -> DeleteTaggedObject {
        DeleteTaggedObject {
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
    /// A token with API, CERT_ADMIN, ORG_ADMIN, REPORT_ADMIN, ROLE_ADMIN, ROLE_SUBADMIN, SOURCE_ADMIN, or SOURCE_SUBADMIN authority is required to call this API.
    ///
    /// `POST /tagged-objects/bulk-add` (`setTagsToManyObjects`)
    #[inline]
    pub fn set_tags_to_many_objects(
        &self,
        bulk_tagged_object: models::BulkTaggedObject,
    ) -> SetTagsToManyObjects {
        SetTagsToManyObjects {
            client: self.client.clone(),
            options: crate::request::Options::default(),
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
    #[inline]
    pub fn delete_tags_to_many_object(
        &self,
        bulk_tagged_object: models::BulkTaggedObject,
    ) -> DeleteTagsToManyObject {
        DeleteTagsToManyObject {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            bulk_tagged_object,
        }
    }
}

/// The error statuses of [`TaggedObjectsApi::list_tagged_objects`](TaggedObjectsApi::list_tagged_objects), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type ListTaggedObjectsError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`TaggedObjectsApi::list_tagged_objects`](TaggedObjectsApi::list_tagged_objects): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListTaggedObjects {
    client: crate::Client,
    options: crate::request::Options,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
    filters: Option<String>,
    listing: crate::pagination::Listing,
}

impl ListTaggedObjects {
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

    /// Sends the request: `GET /tagged-objects`; returns one page.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::TaggedObject>,
            crate::SdkError<ListTaggedObjectsError>,
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
            crate::Page<models::TaggedObject>,
            crate::SdkError<ListTaggedObjectsError>,
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
        Item = Result<models::TaggedObject, crate::SdkError<ListTaggedObjectsError>>,
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
            crate::Response<Vec<models::TaggedObject>>,
            crate::SdkError<ListTaggedObjectsError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "listTaggedObjects",
            self.options,
            move |client| {
                let path = "/tagged-objects";
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

/// The error statuses of [`TaggedObjectsApi::set_tag_to_object`](TaggedObjectsApi::set_tag_to_object), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type SetTagToObjectError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`TaggedObjectsApi::set_tag_to_object`](TaggedObjectsApi::set_tag_to_object): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct SetTagToObject {
    client: crate::Client,
    options: crate::request::Options,
    tagged_object: models::TaggedObject,
}

impl SetTagToObject {
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

    /// Sends the request: `POST /tagged-objects`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<(), crate::SdkError<SetTagToObjectError>>> {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<crate::Response<()>, crate::SdkError<SetTagToObjectError>>,
    > {
        crate::request::empty(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "setTagToObject",
            self.options,
            move |client| {
                let path = "/tagged-objects";
                let mut request = client.request(reqwest::Method::POST, path);
                {
                    let value = &self.tagged_object;
                    request = crate::request::with_json(
                        "setTagToObject",
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

/// The error statuses of [`TaggedObjectsApi::list_tagged_objects_by_type`](TaggedObjectsApi::list_tagged_objects_by_type), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type ListTaggedObjectsByTypeError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`TaggedObjectsApi::list_tagged_objects_by_type`](TaggedObjectsApi::list_tagged_objects_by_type): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListTaggedObjectsByType {
    client: crate::Client,
    options: crate::request::Options,
    r#type: models::ListTaggedObjectsByTypeType,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
    filters: Option<String>,
    listing: crate::pagination::Listing,
}

impl ListTaggedObjectsByType {
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

    /// Sends the request: `GET /tagged-objects/{type}`; returns one page.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::TaggedObject>,
            crate::SdkError<ListTaggedObjectsByTypeError>,
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
            crate::Page<models::TaggedObject>,
            crate::SdkError<ListTaggedObjectsByTypeError>,
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
            models::TaggedObject,
            crate::SdkError<ListTaggedObjectsByTypeError>,
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
            crate::Response<Vec<models::TaggedObject>>,
            crate::SdkError<ListTaggedObjectsByTypeError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "listTaggedObjectsByType",
            self.options,
            move |client| {
                let path = [
                    "/tagged-objects/",
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

/// The error statuses of [`TaggedObjectsApi::get_tagged_object`](TaggedObjectsApi::get_tagged_object), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type GetTaggedObjectError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`TaggedObjectsApi::get_tagged_object`](TaggedObjectsApi::get_tagged_object): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetTaggedObject {
    client: crate::Client,
    options: crate::request::Options,
    r#type: models::GetTaggedObjectType,
    id: String,
}

impl GetTaggedObject {
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

    /// Sends the request: `GET /tagged-objects/{type}/{id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<models::TaggedObject, crate::SdkError<GetTaggedObjectError>>,
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
            crate::Response<models::TaggedObject>,
            crate::SdkError<GetTaggedObjectError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getTaggedObject",
            self.options,
            move |client| {
                let path = [
                    "/tagged-objects/",
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

/// The error statuses of [`TaggedObjectsApi::put_tagged_object`](TaggedObjectsApi::put_tagged_object), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type PutTaggedObjectError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`TaggedObjectsApi::put_tagged_object`](TaggedObjectsApi::put_tagged_object): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PutTaggedObject {
    client: crate::Client,
    options: crate::request::Options,
    r#type: models::PutTaggedObjectType,
    id: String,
    tagged_object: models::TaggedObject,
}

impl PutTaggedObject {
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

    /// Sends the request: `PUT /tagged-objects/{type}/{id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<models::TaggedObject, crate::SdkError<PutTaggedObjectError>>,
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
            crate::Response<models::TaggedObject>,
            crate::SdkError<PutTaggedObjectError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "putTaggedObject",
            self.options,
            move |client| {
                let path = [
                    "/tagged-objects/",
                    &crate::request::path_segment(self.r#type.as_str()),
                    "/",
                    &crate::request::path_segment(&self.id),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::PUT, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.tagged_object;
                    request = crate::request::with_json(
                        "putTaggedObject",
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

/// The error statuses of [`TaggedObjectsApi::delete_tagged_object`](TaggedObjectsApi::delete_tagged_object), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type DeleteTaggedObjectError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`TaggedObjectsApi::delete_tagged_object`](TaggedObjectsApi::delete_tagged_object): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteTaggedObject {
    client: crate::Client,
    options: crate::request::Options,
    r#type: models::DeleteTaggedObjectType,
    id: String,
}

impl DeleteTaggedObject {
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

    /// Sends the request: `DELETE /tagged-objects/{type}/{id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<(), crate::SdkError<DeleteTaggedObjectError>>> {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<crate::Response<()>, crate::SdkError<DeleteTaggedObjectError>>,
    > {
        crate::request::empty(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "deleteTaggedObject",
            self.options,
            move |client| {
                let path = [
                    "/tagged-objects/",
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

/// The error statuses of [`TaggedObjectsApi::set_tags_to_many_objects`](TaggedObjectsApi::set_tags_to_many_objects), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type SetTagsToManyObjectsError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`TaggedObjectsApi::set_tags_to_many_objects`](TaggedObjectsApi::set_tags_to_many_objects): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct SetTagsToManyObjects {
    client: crate::Client,
    options: crate::request::Options,
    bulk_tagged_object: models::BulkTaggedObject,
}

impl SetTagsToManyObjects {
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

    /// Sends the request: `POST /tagged-objects/bulk-add`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::BulkTaggedObject,
            crate::SdkError<SetTagsToManyObjectsError>,
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
            crate::Response<models::BulkTaggedObject>,
            crate::SdkError<SetTagsToManyObjectsError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "setTagsToManyObjects",
            self.options,
            move |client| {
                let path = "/tagged-objects/bulk-add";
                let mut request = client.request(reqwest::Method::POST, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.bulk_tagged_object;
                    request = crate::request::with_json(
                        "setTagsToManyObjects",
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

/// The error statuses of [`TaggedObjectsApi::delete_tags_to_many_object`](TaggedObjectsApi::delete_tags_to_many_object), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type DeleteTagsToManyObjectError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`TaggedObjectsApi::delete_tags_to_many_object`](TaggedObjectsApi::delete_tags_to_many_object): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteTagsToManyObject {
    client: crate::Client,
    options: crate::request::Options,
    bulk_tagged_object: models::BulkTaggedObject,
}

impl DeleteTagsToManyObject {
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

    /// Sends the request: `POST /tagged-objects/bulk-remove`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<(), crate::SdkError<DeleteTagsToManyObjectError>>> {
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
            crate::SdkError<DeleteTagsToManyObjectError>,
        >,
    > {
        crate::request::empty(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "deleteTagsToManyObject",
            self.options,
            move |client| {
                let path = "/tagged-objects/bulk-remove";
                let mut request = client.request(reqwest::Method::POST, path);
                {
                    let value = &self.bulk_tagged_object;
                    request = crate::request::with_json(
                        "deleteTagsToManyObject",
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
