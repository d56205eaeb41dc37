//! Use this API to implement and customize access request segment functionality.
//! With this functionality in place, administrators can create and manage access request segments.
//! Segments provide organizations with a way to make the access their users have even more granular - this can simply the access request process for the organization's users and improves security by reducing the risk of overprovisoning access.
//!
//! Segments represent sets of identities, all grouped by specified identity attributes, who are only able to see and access the access items associated with their segments.
//! For example, administrators could group all their organization's London office employees into one segment, "London Office Employees," by their shared location.
//! The administrators could then define the access items the London employees would need, and the identities in the "London Office Employees" would then only be able to see and access those items.
//!
//! In Identity Security Cloud, administrators can use the 'Access' drop-down menu and select 'Segments' to reach the 'Access Requests Segments' page.
//! This page lists all the existing access request segments, along with their statuses, enabled or disabled.
//! Administrators can use this page to create, edit, enable, disable, and delete segments.
//! To create a segment, an administrator must provide a name, define the identities grouped in the segment, and define the items the identities in the segment can access.
//! These items can be access profiles, roles, or entitlements.
//!
//! When administrators use the API to create and manage segments, they use a JSON expression in the `visibilityCriteria` object to define the segment's identities and access items.
//!
//! Refer to [Managing Access Request Segments](https://documentation.sailpoint.com/saas/help/requests/segments.html) for more information about segments in Identity Security Cloud.

use crate::models;

/// The Segments operations: get them from [`Client::segments`](crate::Client::segments).
#[derive(Debug, Clone, Copy)]
pub struct SegmentsApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The Segments operations.
    pub fn segments(&self) -> SegmentsApi<'_> {
        SegmentsApi { client: self }
    }
}

impl<'a> SegmentsApi<'a> {
    /// List segments
    ///
    /// This API returns a list of all segments.
    /// A token with ORG_ADMIN or API authority is required to call this API.
    ///
    /// `GET /segments` (`listSegments`)
    pub fn list_segments(&self) -> ListSegments<'a> {
        ListSegments {
            client: self.client,
            limit: None,
            offset: None,
            count: None,
        }
    }

    /// Create segment
    ///
    /// This API creates a segment.
    /// >**Note:** Segment definitions may take time to propagate to all identities.
    /// > A token with ORG_ADMIN or API authority is required to call this API.
    ///
    /// `POST /segments` (`createSegment`)
    pub fn create_segment(&self, segment: models::Segment) -> CreateSegment<'a> {
        CreateSegment {
            client: self.client,
            segment,
        }
    }

    /// Get segment by id
    ///
    /// This API returns the segment specified by the given ID.
    /// A token with ORG_ADMIN or API authority is required to call this API.
    ///
    /// `GET /segments/{id}` (`getSegment`)
    pub fn get_segment(&self, id: impl Into<String>) -> GetSegment<'a> {
        GetSegment {
            client: self.client,
            id: id.into(),
        }
    }

    /// Delete segment by id
    ///
    /// This API deletes the segment specified by the given ID.
    /// >**Note:** Segment deletion may take some time to go into effect.
    /// > A token with ORG_ADMIN or API authority is required to call this API.
    ///
    /// `DELETE /segments/{id}` (`deleteSegment`)
    pub fn delete_segment(&self, id: impl Into<String>) -> DeleteSegment<'a> {
        DeleteSegment {
            client: self.client,
            id: id.into(),
        }
    }

    /// Update segment
    ///
    /// Use this API to update segment fields by using the [JSON Patch](https://tools.ietf.org/html/rfc6902) standard.
    /// >**Note:** Changes to a segment may take some time to propagate to all identities.
    /// > A token with ORG_ADMIN or API authority is required to call this API.
    ///
    /// `PATCH /segments/{id}` (`patchSegment`)
    pub fn patch_segment(
        &self,
        id: impl Into<String>,
        body: Vec<serde_json::Map<String, serde_json::Value>>,
    ) -> PatchSegment<'a> {
        PatchSegment {
            client: self.client,
            id: id.into(),
            body,
        }
    }
}

/// The request of [`SegmentsApi::list_segments`](SegmentsApi::list_segments): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListSegments<'a> {
    client: &'a crate::Client,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
}

impl ListSegments<'_> {
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

    /// Sends the request: `GET /segments`.
    pub async fn send(self) -> Result<Vec<models::Segment>, crate::Error> {
        let path = "/segments";
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
        request = request.query(&query);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self.client.execute("listSegments", request).await?;
        crate::request::json("listSegments", response).await
    }
}

/// The request of [`SegmentsApi::create_segment`](SegmentsApi::create_segment): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateSegment<'a> {
    client: &'a crate::Client,
    segment: models::Segment,
}

impl CreateSegment<'_> {
    /// Sends the request: `POST /segments`.
    pub async fn send(self) -> Result<models::Segment, crate::Error> {
        let path = "/segments";
        let mut request = self.client.request(reqwest::Method::POST, path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        {
            let value = self.segment;
            request = crate::request::with_json(
                "createSegment",
                request,
                "application/json",
                &value,
            )?;
        }
        let response = self.client.execute("createSegment", request).await?;
        crate::request::json("createSegment", response).await
    }
}

/// The request of [`SegmentsApi::get_segment`](SegmentsApi::get_segment): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetSegment<'a> {
    client: &'a crate::Client,
    id: String,
}

impl GetSegment<'_> {
    /// Sends the request: `GET /segments/{id}`.
    pub async fn send(self) -> Result<models::Segment, crate::Error> {
        let path = ["/segments/", &crate::request::path_segment(&self.id)].concat();
        let mut request = self.client.request(reqwest::Method::GET, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self.client.execute("getSegment", request).await?;
        crate::request::json("getSegment", response).await
    }
}

/// The request of [`SegmentsApi::delete_segment`](SegmentsApi::delete_segment): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteSegment<'a> {
    client: &'a crate::Client,
    id: String,
}

impl DeleteSegment<'_> {
    /// Sends the request: `DELETE /segments/{id}`.
    pub async fn send(self) -> Result<(), crate::Error> {
        let path = ["/segments/", &crate::request::path_segment(&self.id)].concat();
        let request = self.client.request(reqwest::Method::DELETE, &path);
        let response = self.client.execute("deleteSegment", request).await?;
        crate::request::empty("deleteSegment", response).await
    }
}

/// The request of [`SegmentsApi::patch_segment`](SegmentsApi::patch_segment): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PatchSegment<'a> {
    client: &'a crate::Client,
    id: String,
    body: Vec<serde_json::Map<String, serde_json::Value>>,
}

impl PatchSegment<'_> {
    /// Sends the request: `PATCH /segments/{id}`.
    pub async fn send(self) -> Result<models::Segment, crate::Error> {
        let path = ["/segments/", &crate::request::path_segment(&self.id)].concat();
        let mut request = self.client.request(reqwest::Method::PATCH, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        {
            let value = self.body;
            request = crate::request::with_json(
                "patchSegment",
                request,
                "application/json-patch+json",
                &value,
            )?;
        }
        let response = self.client.execute("patchSegment", request).await?;
        crate::request::json("patchSegment", response).await
    }
}
