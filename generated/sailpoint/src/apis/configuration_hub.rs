//! Use this API to implement and customize configuration settings management. With this functionality, you can access the Configuration Hub actions and build your own automated pipeline for Identity Security Cloud configuration change delivery and deployment.
//!
//! Common usages for Configuration Hub includes:
//!
//! - Upload configuration file - Configuration files can be managed and deployed using Configuration Hub by uploading a JSON file which contains configuration data.
//! - Manage object mapping - Create rules to map and substitute attributes when migrating configurations.
//! - Manage backups for configuration settings
//! - Manage configuration drafts
//! - Upload configurations and manage object mappings between tenants.
//!
//! Refer to [Using the SailPoint Configuration Hub](https://documentation.sailpoint.com/saas/help/confighub/config_hub.html) for more information about Configuration Hub.

use crate::models;

/// The Configuration Hub operations: get them from [`Client::configuration_hub`](crate::Client::configuration_hub).
#[derive(Debug, Clone, Copy)]
pub struct ConfigurationHubApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The Configuration Hub operations.
    #[inline]
    pub fn configuration_hub(&self) -> ConfigurationHubApi<'_> {
        ConfigurationHubApi {
            client: self,
        }
    }
}

impl<'a> ConfigurationHubApi<'a> {
    /// Gets list of object mappings
    ///
    /// This gets a list of existing object mappings between current org and source org.
    /// Source org should be "default" when getting object mappings that are not associated to any particular org.
    /// The request will need the following security scope:
    /// - sp:config-object-mapping:read
    ///
    /// `GET /configuration-hub/v1/object-mappings/{sourceOrg}` (`getObjectMappingsV1`)
    #[inline]
    pub fn get_object_mappings_v1(
        &self,
        source_org: impl Into<String>,
    ) -> GetObjectMappingsV1 {
        GetObjectMappingsV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            source_org: source_org.into(),
        }
    }

    /// Creates an object mapping
    ///
    /// This creates an object mapping between current org and source org.
    /// Source org should be "default" when creating an object mapping that is not to be associated to any particular org.
    /// The request will need the following security scope:
    /// - sp:config-object-mapping:manage
    ///
    /// `POST /configuration-hub/v1/object-mappings/{sourceOrg}` (`createObjectMappingV1`)
    #[inline]
    pub fn create_object_mapping_v1(
        &self,
        source_org: impl Into<String>,
        objectmappingrequest: models::Objectmappingrequest,
    ) -> CreateObjectMappingV1 {
        CreateObjectMappingV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            source_org: source_org.into(),
            objectmappingrequest,
        }
    }

    /// Deletes an object mapping
    ///
    /// This deletes an existing object mapping.
    /// Source org should be "default" when deleting an object mapping that is not associated to any particular org.
    /// The request will need the following security scope:
    /// - sp:config-object-mapping:manage
    ///
    /// `DELETE /configuration-hub/v1/object-mappings/{sourceOrg}/{objectMappingId}` (`deleteObjectMappingV1`)
    #[inline]
    pub fn delete_object_mapping_v1(
        &self,
        source_org: impl Into<String>,
        object_mapping_id: impl Into<String>,
    ) -> DeleteObjectMappingV1 {
        DeleteObjectMappingV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            source_org: source_org.into(),
            object_mapping_id: object_mapping_id.into(),
        }
    }

    /// Bulk creates object mappings
    ///
    /// This creates a set of object mappings (Max 25) between current org and source org.
    /// Source org should be "default" when creating object mappings that are not to be associated to any particular org.
    /// The request will need the following security scope:
    /// - sp:config-object-mapping:manage
    ///
    /// `POST /configuration-hub/v1/object-mappings/{sourceOrg}/bulk-create` (`createObjectMappingsV1`)
    #[inline]
    pub fn create_object_mappings_v1(
        &self,
        source_org: impl Into<String>,
        objectmappingbulkcreaterequest: models::Objectmappingbulkcreaterequest,
    ) -> CreateObjectMappingsV1 {
        CreateObjectMappingsV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            source_org: source_org.into(),
            objectmappingbulkcreaterequest,
        }
    }

    /// Bulk updates object mappings
    ///
    /// This updates a set of object mappings, only enabled and targetValue fields can be updated.
    /// Source org should be "default" when updating object mappings that are not associated to any particular org.
    /// The request will need the following security scope:
    /// - sp:config-object-mapping:manage
    ///
    /// `POST /configuration-hub/v1/object-mappings/{sourceOrg}/bulk-patch` (`updateObjectMappingsV1`)
    #[inline]
    pub fn update_object_mappings_v1(
        &self,
        source_org: impl Into<String>,
        objectmappingbulkpatchrequest: models::Objectmappingbulkpatchrequest,
    ) -> UpdateObjectMappingsV1 {
        UpdateObjectMappingsV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            source_org: source_org.into(),
            objectmappingbulkpatchrequest,
        }
    }

    /// List scheduled actions
    ///
    /// This API gets a list of existing scheduled actions for the current tenant.
    ///
    /// `GET /configuration-hub/v1/scheduled-actions` (`listScheduledActionsV1`)
    #[inline]
    pub fn list_scheduled_actions_v1(&self) -> ListScheduledActionsV1 {
        ListScheduledActionsV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
        }
    }

    /// Create scheduled action
    ///
    /// This API creates a new scheduled action for the current tenant.
    ///
    /// `POST /configuration-hub/v1/scheduled-actions` (`createScheduledActionV1`)
    #[inline]
    pub fn create_scheduled_action_v1(
        &self,
        scheduledactionpayload: models::Scheduledactionpayload,
    ) -> CreateScheduledActionV1 {
        CreateScheduledActionV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            scheduledactionpayload,
        }
    }

    /// Delete scheduled action
    ///
    /// This API deletes an existing scheduled action.
    ///
    /// `DELETE /configuration-hub/v1/scheduled-actions/{id}` (`deleteScheduledActionV1`)
    #[inline]
    pub fn delete_scheduled_action_v1(
        &self,
        id: impl Into<String>,
    ) -> DeleteScheduledActionV1 {
        DeleteScheduledActionV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
        }
    }

    /// Update scheduled action
    ///
    /// This API updates an existing scheduled action using JSON Patch format.
    ///
    /// `PATCH /configuration-hub/v1/scheduled-actions/{id}` (`updateScheduledActionV1`)
    #[inline]
    pub fn update_scheduled_action_v1(
        &self,
        id: impl Into<String>,
        jsonpatch: models::Jsonpatch,
    ) -> UpdateScheduledActionV1 {
        UpdateScheduledActionV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
            jsonpatch,
        }
    }

    /// List uploaded configurations
    ///
    /// This API gets a list of existing uploaded configurations for the current tenant.
    ///
    /// `GET /configuration-hub/v1/backups/uploads` (`listUploadedConfigurationsV1`)
    #[inline]
    pub fn list_uploaded_configurations_v1(&self) -> ListUploadedConfigurationsV1 {
        ListUploadedConfigurationsV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            filters: None,
        }
    }

    /// Upload a configuration
    ///
    /// This API uploads a JSON configuration file into a tenant.
    ///
    /// Configuration files can be managed and deployed via Configuration Hub by uploading a json file which contains configuration data. The JSON file should be the same as the one used by our import endpoints. The object types supported by upload configuration file functionality are the same as the ones supported by our regular backup functionality.
    ///
    /// Refer to [SaaS Configuration](https://developer.sailpoint.com/docs/extensibility/configuration-management/saas-configuration#supported-objects) for more information about supported objects.
    ///
    /// `POST /configuration-hub/v1/backups/uploads` (`createUploadedConfigurationV1`)
    #[inline]
    pub fn create_uploaded_configuration_v1(
        &self,
        create_uploaded_configuration_v1_request: models::CreateUploadedConfigurationV1Request,
    ) -> CreateUploadedConfigurationV1 {
        CreateUploadedConfigurationV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            upload: crate::request::Upload::default(),
            create_uploaded_configuration_v1_request,
        }
    }

    /// Get an uploaded configuration
    ///
    /// This API gets an existing uploaded configuration for the current tenant.
    ///
    /// `GET /configuration-hub/v1/backups/uploads/{id}` (`getUploadedConfigurationV1`)
    #[inline]
    pub fn get_uploaded_configuration_v1(
        &self,
        id: impl Into<String>,
    ) -> GetUploadedConfigurationV1 {
        GetUploadedConfigurationV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
        }
    }

    /// Delete an uploaded configuration
    ///
    /// This API deletes an uploaded configuration based on Id.
    ///
    /// On success, this endpoint will return an empty response.
    ///
    /// The uploaded configuration id can be obtained from the response after a successful upload, or the list uploaded configurations endpoint.
    ///
    /// `DELETE /configuration-hub/v1/backups/uploads/{id}` (`deleteUploadedConfigurationV1`)
    #[inline]
    pub fn delete_uploaded_configuration_v1(
        &self,
        id: impl Into<String>,
    ) -> DeleteUploadedConfigurationV1 {
        DeleteUploadedConfigurationV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
        }
    }

    /// List backups
    ///
    /// This API gets a list of existing backups for the current tenant.
    ///
    /// `GET /configuration-hub/v1/backups` (`listBackupsV1`)
    #[inline]
    pub fn list_backups_v1(&self) -> ListBackupsV1 {
        ListBackupsV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            filters: None,
        }
    }

    /// Delete a backup
    ///
    /// This API deletes an existing backup for the current tenant.
    ///
    /// On success, this endpoint will return an empty response.
    ///
    /// The backup id can be obtained from the response after a backup was successfully created, or from the list backups endpoint.
    ///
    /// `DELETE /configuration-hub/v1/backups/{id}` (`deleteBackupV1`)
    #[inline]
    pub fn delete_backup_v1(&self, id: impl Into<String>) -> DeleteBackupV1 {
        DeleteBackupV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
        }
    }

    /// List drafts
    ///
    /// This API gets a list of existing drafts for the current tenant.
    ///
    /// `GET /configuration-hub/v1/drafts` (`listDraftsV1`)
    #[inline]
    pub fn list_drafts_v1(&self) -> ListDraftsV1 {
        ListDraftsV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            filters: None,
        }
    }

    /// Delete a draft
    ///
    /// This API deletes an existing draft for the current tenant.
    ///
    /// On success, this endpoint will return an empty response.
    ///
    /// The draft id can be obtained from the response after a draft was successfully created, or from the list drafts endpoint.
    ///
    /// `DELETE /configuration-hub/v1/drafts/{id}` (`deleteDraftV1`)
    #[inline]
    pub fn delete_draft_v1(&self, id: impl Into<String>) -> DeleteDraftV1 {
        DeleteDraftV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
        }
    }

    /// List deploys
    ///
    /// This API gets a list of deploys for the current tenant.
    ///
    /// `GET /configuration-hub/v1/deploys` (`listDeploysV1`)
    #[inline]
    pub fn list_deploys_v1(&self) -> ListDeploysV1 {
        ListDeploysV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
        }
    }

    /// Create a deploy
    ///
    /// This API performs a deploy based on an existing daft.
    ///
    /// `POST /configuration-hub/v1/deploys` (`createDeployV1`)
    #[inline]
    pub fn create_deploy_v1(
        &self,
        deployrequest: models::Deployrequest,
    ) -> CreateDeployV1 {
        CreateDeployV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            deployrequest,
        }
    }

    /// Get a deploy
    ///
    /// This API gets an existing deploy for the current tenant.
    ///
    /// `GET /configuration-hub/v1/deploys/{id}` (`getDeployV1`)
    #[inline]
    pub fn get_deploy_v1(&self, id: impl Into<String>) -> GetDeployV1 {
        GetDeployV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
        }
    }
}

/// The error statuses of [`ConfigurationHubApi::get_object_mappings_v1`](ConfigurationHubApi::get_object_mappings_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetObjectMappingsV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`ConfigurationHubApi::get_object_mappings_v1`](ConfigurationHubApi::get_object_mappings_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetObjectMappingsV1 {
    client: crate::Client,
    options: crate::request::Options,
    source_org: String,
}

impl GetObjectMappingsV1 {
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

    /// Sends the request: `GET /configuration-hub/v1/object-mappings/{sourceOrg}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::Objectmappingresponse>,
            crate::SdkError<GetObjectMappingsV1Error>,
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
            crate::Response<Vec<models::Objectmappingresponse>>,
            crate::SdkError<GetObjectMappingsV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getObjectMappingsV1",
            self.options,
            move |client| {
                let path = [
                    "/configuration-hub/v1/object-mappings/",
                    &crate::request::path_segment(&self.source_org),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`ConfigurationHubApi::create_object_mapping_v1`](ConfigurationHubApi::create_object_mapping_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type CreateObjectMappingV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`ConfigurationHubApi::create_object_mapping_v1`](ConfigurationHubApi::create_object_mapping_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateObjectMappingV1 {
    client: crate::Client,
    options: crate::request::Options,
    source_org: String,
    objectmappingrequest: models::Objectmappingrequest,
}

impl CreateObjectMappingV1 {
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

    /// Sends the request: `POST /configuration-hub/v1/object-mappings/{sourceOrg}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Objectmappingresponse,
            crate::SdkError<CreateObjectMappingV1Error>,
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
            crate::Response<models::Objectmappingresponse>,
            crate::SdkError<CreateObjectMappingV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "createObjectMappingV1",
            self.options,
            move |client| {
                let path = [
                    "/configuration-hub/v1/object-mappings/",
                    &crate::request::path_segment(&self.source_org),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::POST, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.objectmappingrequest;
                    request = crate::request::with_json(
                        "createObjectMappingV1",
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

/// The error statuses of [`ConfigurationHubApi::delete_object_mapping_v1`](ConfigurationHubApi::delete_object_mapping_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type DeleteObjectMappingV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`ConfigurationHubApi::delete_object_mapping_v1`](ConfigurationHubApi::delete_object_mapping_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteObjectMappingV1 {
    client: crate::Client,
    options: crate::request::Options,
    source_org: String,
    object_mapping_id: String,
}

impl DeleteObjectMappingV1 {
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

    /// Sends the request: `DELETE /configuration-hub/v1/object-mappings/{sourceOrg}/{objectMappingId}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<(), crate::SdkError<DeleteObjectMappingV1Error>>> {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<crate::Response<()>, crate::SdkError<DeleteObjectMappingV1Error>>,
    > {
        crate::request::empty(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "deleteObjectMappingV1",
            self.options,
            move |client| {
                let path = [
                    "/configuration-hub/v1/object-mappings/",
                    &crate::request::path_segment(&self.source_org),
                    "/",
                    &crate::request::path_segment(&self.object_mapping_id),
                ]
                    .concat();
                let request = client.request(reqwest::Method::DELETE, &path);
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`ConfigurationHubApi::create_object_mappings_v1`](ConfigurationHubApi::create_object_mappings_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type CreateObjectMappingsV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`ConfigurationHubApi::create_object_mappings_v1`](ConfigurationHubApi::create_object_mappings_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateObjectMappingsV1 {
    client: crate::Client,
    options: crate::request::Options,
    source_org: String,
    objectmappingbulkcreaterequest: models::Objectmappingbulkcreaterequest,
}

impl CreateObjectMappingsV1 {
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

    /// Sends the request: `POST /configuration-hub/v1/object-mappings/{sourceOrg}/bulk-create`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Objectmappingbulkcreateresponse,
            crate::SdkError<CreateObjectMappingsV1Error>,
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
            crate::Response<models::Objectmappingbulkcreateresponse>,
            crate::SdkError<CreateObjectMappingsV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "createObjectMappingsV1",
            self.options,
            move |client| {
                let path = [
                    "/configuration-hub/v1/object-mappings/",
                    &crate::request::path_segment(&self.source_org),
                    "/bulk-create",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::POST, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.objectmappingbulkcreaterequest;
                    request = crate::request::with_json(
                        "createObjectMappingsV1",
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

/// The error statuses of [`ConfigurationHubApi::update_object_mappings_v1`](ConfigurationHubApi::update_object_mappings_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type UpdateObjectMappingsV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`ConfigurationHubApi::update_object_mappings_v1`](ConfigurationHubApi::update_object_mappings_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateObjectMappingsV1 {
    client: crate::Client,
    options: crate::request::Options,
    source_org: String,
    objectmappingbulkpatchrequest: models::Objectmappingbulkpatchrequest,
}

impl UpdateObjectMappingsV1 {
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

    /// Sends the request: `POST /configuration-hub/v1/object-mappings/{sourceOrg}/bulk-patch`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Objectmappingbulkpatchresponse,
            crate::SdkError<UpdateObjectMappingsV1Error>,
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
            crate::Response<models::Objectmappingbulkpatchresponse>,
            crate::SdkError<UpdateObjectMappingsV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "updateObjectMappingsV1",
            self.options,
            move |client| {
                let path = [
                    "/configuration-hub/v1/object-mappings/",
                    &crate::request::path_segment(&self.source_org),
                    "/bulk-patch",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::POST, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.objectmappingbulkpatchrequest;
                    request = crate::request::with_json(
                        "updateObjectMappingsV1",
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

/// The error statuses of [`ConfigurationHubApi::list_scheduled_actions_v1`](ConfigurationHubApi::list_scheduled_actions_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type ListScheduledActionsV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`ConfigurationHubApi::list_scheduled_actions_v1`](ConfigurationHubApi::list_scheduled_actions_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListScheduledActionsV1 {
    client: crate::Client,
    options: crate::request::Options,
}

impl ListScheduledActionsV1 {
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

    /// Sends the request: `GET /configuration-hub/v1/scheduled-actions`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::Scheduledactionresponse>,
            crate::SdkError<ListScheduledActionsV1Error>,
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
            crate::Response<Vec<models::Scheduledactionresponse>>,
            crate::SdkError<ListScheduledActionsV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "listScheduledActionsV1",
            self.options,
            move |client| {
                let path = "/configuration-hub/v1/scheduled-actions";
                let mut request = client.request(reqwest::Method::GET, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`ConfigurationHubApi::create_scheduled_action_v1`](ConfigurationHubApi::create_scheduled_action_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type CreateScheduledActionV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`ConfigurationHubApi::create_scheduled_action_v1`](ConfigurationHubApi::create_scheduled_action_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateScheduledActionV1 {
    client: crate::Client,
    options: crate::request::Options,
    scheduledactionpayload: models::Scheduledactionpayload,
}

impl CreateScheduledActionV1 {
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

    /// Sends the request: `POST /configuration-hub/v1/scheduled-actions`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Scheduledactionresponse,
            crate::SdkError<CreateScheduledActionV1Error>,
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
            crate::Response<models::Scheduledactionresponse>,
            crate::SdkError<CreateScheduledActionV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "createScheduledActionV1",
            self.options,
            move |client| {
                let path = "/configuration-hub/v1/scheduled-actions";
                let mut request = client.request(reqwest::Method::POST, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.scheduledactionpayload;
                    request = crate::request::with_json(
                        "createScheduledActionV1",
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

/// The error statuses of [`ConfigurationHubApi::delete_scheduled_action_v1`](ConfigurationHubApi::delete_scheduled_action_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type DeleteScheduledActionV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`ConfigurationHubApi::delete_scheduled_action_v1`](ConfigurationHubApi::delete_scheduled_action_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteScheduledActionV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
}

impl DeleteScheduledActionV1 {
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

    /// Sends the request: `DELETE /configuration-hub/v1/scheduled-actions/{id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<(), crate::SdkError<DeleteScheduledActionV1Error>>,
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
            crate::SdkError<DeleteScheduledActionV1Error>,
        >,
    > {
        crate::request::empty(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "deleteScheduledActionV1",
            self.options,
            move |client| {
                let path = [
                    "/configuration-hub/v1/scheduled-actions/",
                    &crate::request::path_segment(&self.id),
                ]
                    .concat();
                let request = client.request(reqwest::Method::DELETE, &path);
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`ConfigurationHubApi::update_scheduled_action_v1`](ConfigurationHubApi::update_scheduled_action_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type UpdateScheduledActionV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`ConfigurationHubApi::update_scheduled_action_v1`](ConfigurationHubApi::update_scheduled_action_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateScheduledActionV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
    jsonpatch: models::Jsonpatch,
}

impl UpdateScheduledActionV1 {
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

    /// Sends the request: `PATCH /configuration-hub/v1/scheduled-actions/{id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Scheduledactionresponse,
            crate::SdkError<UpdateScheduledActionV1Error>,
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
            crate::Response<models::Scheduledactionresponse>,
            crate::SdkError<UpdateScheduledActionV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "updateScheduledActionV1",
            self.options,
            move |client| {
                let path = [
                    "/configuration-hub/v1/scheduled-actions/",
                    &crate::request::path_segment(&self.id),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::PATCH, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.jsonpatch;
                    request = crate::request::with_json(
                        "updateScheduledActionV1",
                        request,
                        "application/json-patch+json",
                        &value,
                    )?;
                }
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`ConfigurationHubApi::list_uploaded_configurations_v1`](ConfigurationHubApi::list_uploaded_configurations_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type ListUploadedConfigurationsV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`ConfigurationHubApi::list_uploaded_configurations_v1`](ConfigurationHubApi::list_uploaded_configurations_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListUploadedConfigurationsV1 {
    client: crate::Client,
    options: crate::request::Options,
    filters: Option<String>,
}

impl ListUploadedConfigurationsV1 {
    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **status**: *eq*
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

    /// Sends the request: `GET /configuration-hub/v1/backups/uploads`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::Backupresponse>,
            crate::SdkError<ListUploadedConfigurationsV1Error>,
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
            crate::Response<Vec<models::Backupresponse>>,
            crate::SdkError<ListUploadedConfigurationsV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "listUploadedConfigurationsV1",
            self.options,
            move |client| {
                let path = "/configuration-hub/v1/backups/uploads";
                let mut request = client.request(reqwest::Method::GET, path);
                let mut query: Vec<(&str, String)> = Vec::new();
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

/// The error statuses of [`ConfigurationHubApi::create_uploaded_configuration_v1`](ConfigurationHubApi::create_uploaded_configuration_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type CreateUploadedConfigurationV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`ConfigurationHubApi::create_uploaded_configuration_v1`](ConfigurationHubApi::create_uploaded_configuration_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateUploadedConfigurationV1 {
    client: crate::Client,
    options: crate::request::Options,
    upload: crate::request::Upload,
    create_uploaded_configuration_v1_request: models::CreateUploadedConfigurationV1Request,
}

impl CreateUploadedConfigurationV1 {
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

    /// The file name the upload is sent with (`roles.csv`), in place of its part's name.
    #[inline]
    pub fn file_name(mut self, file_name: impl Into<String>) -> Self {
        self.upload.file_name = Some(file_name.into());
        self
    }

    /// The content type the upload is sent with (`text/csv`), in place of
    /// `application/octet-stream`.
    #[inline]
    pub fn file_content_type(mut self, content_type: impl Into<String>) -> Self {
        self.upload.content_type = Some(content_type.into());
        self
    }

    /// Sends the request: `POST /configuration-hub/v1/backups/uploads`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Backupresponse,
            crate::SdkError<CreateUploadedConfigurationV1Error>,
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
            crate::Response<models::Backupresponse>,
            crate::SdkError<CreateUploadedConfigurationV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "createUploadedConfigurationV1",
            self.options,
            move |client| {
                let path = "/configuration-hub/v1/backups/uploads";
                let mut request = client.request(reqwest::Method::POST, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.create_uploaded_configuration_v1_request;
                    request = request
                        .multipart({
                            let mut form = reqwest::multipart::Form::new();
                            {
                                let part = &value.data;
                                form = form
                                    .part(
                                        "data",
                                        crate::request::file_part(
                                            part.clone(),
                                            "data",
                                            &self.upload,
                                        )?,
                                    );
                            }
                            {
                                let part = &value.name;
                                form = form
                                    .part("name", crate::request::text_part(part.clone()));
                            }
                            form
                        });
                }
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`ConfigurationHubApi::get_uploaded_configuration_v1`](ConfigurationHubApi::get_uploaded_configuration_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetUploadedConfigurationV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`ConfigurationHubApi::get_uploaded_configuration_v1`](ConfigurationHubApi::get_uploaded_configuration_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetUploadedConfigurationV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
}

impl GetUploadedConfigurationV1 {
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

    /// Sends the request: `GET /configuration-hub/v1/backups/uploads/{id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Backupresponse,
            crate::SdkError<GetUploadedConfigurationV1Error>,
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
            crate::Response<models::Backupresponse>,
            crate::SdkError<GetUploadedConfigurationV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getUploadedConfigurationV1",
            self.options,
            move |client| {
                let path = [
                    "/configuration-hub/v1/backups/uploads/",
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

/// The error statuses of [`ConfigurationHubApi::delete_uploaded_configuration_v1`](ConfigurationHubApi::delete_uploaded_configuration_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type DeleteUploadedConfigurationV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`ConfigurationHubApi::delete_uploaded_configuration_v1`](ConfigurationHubApi::delete_uploaded_configuration_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteUploadedConfigurationV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
}

impl DeleteUploadedConfigurationV1 {
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

    /// Sends the request: `DELETE /configuration-hub/v1/backups/uploads/{id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<(), crate::SdkError<DeleteUploadedConfigurationV1Error>>,
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
            crate::SdkError<DeleteUploadedConfigurationV1Error>,
        >,
    > {
        crate::request::empty(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "deleteUploadedConfigurationV1",
            self.options,
            move |client| {
                let path = [
                    "/configuration-hub/v1/backups/uploads/",
                    &crate::request::path_segment(&self.id),
                ]
                    .concat();
                let request = client.request(reqwest::Method::DELETE, &path);
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`ConfigurationHubApi::list_backups_v1`](ConfigurationHubApi::list_backups_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type ListBackupsV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`ConfigurationHubApi::list_backups_v1`](ConfigurationHubApi::list_backups_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListBackupsV1 {
    client: crate::Client,
    options: crate::request::Options,
    filters: Option<String>,
}

impl ListBackupsV1 {
    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **status**: *eq*
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

    /// Sends the request: `GET /configuration-hub/v1/backups`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<Vec<models::Backupresponse>, crate::SdkError<ListBackupsV1Error>>,
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
            crate::Response<Vec<models::Backupresponse>>,
            crate::SdkError<ListBackupsV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "listBackupsV1",
            self.options,
            move |client| {
                let path = "/configuration-hub/v1/backups";
                let mut request = client.request(reqwest::Method::GET, path);
                let mut query: Vec<(&str, String)> = Vec::new();
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

/// The error statuses of [`ConfigurationHubApi::delete_backup_v1`](ConfigurationHubApi::delete_backup_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type DeleteBackupV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`ConfigurationHubApi::delete_backup_v1`](ConfigurationHubApi::delete_backup_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteBackupV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
}

impl DeleteBackupV1 {
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

    /// Sends the request: `DELETE /configuration-hub/v1/backups/{id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<(), crate::SdkError<DeleteBackupV1Error>>> {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<crate::Response<()>, crate::SdkError<DeleteBackupV1Error>>,
    > {
        crate::request::empty(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "deleteBackupV1",
            self.options,
            move |client| {
                let path = [
                    "/configuration-hub/v1/backups/",
                    &crate::request::path_segment(&self.id),
                ]
                    .concat();
                let request = client.request(reqwest::Method::DELETE, &path);
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`ConfigurationHubApi::list_drafts_v1`](ConfigurationHubApi::list_drafts_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type ListDraftsV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`ConfigurationHubApi::list_drafts_v1`](ConfigurationHubApi::list_drafts_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListDraftsV1 {
    client: crate::Client,
    options: crate::request::Options,
    filters: Option<String>,
}

impl ListDraftsV1 {
    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **status**: *eq*
    ///
    /// **approvalStatus**: *eq*
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

    /// Sends the request: `GET /configuration-hub/v1/drafts`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<Vec<models::Draftresponse>, crate::SdkError<ListDraftsV1Error>>,
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
            crate::Response<Vec<models::Draftresponse>>,
            crate::SdkError<ListDraftsV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "listDraftsV1",
            self.options,
            move |client| {
                let path = "/configuration-hub/v1/drafts";
                let mut request = client.request(reqwest::Method::GET, path);
                let mut query: Vec<(&str, String)> = Vec::new();
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

/// The error statuses of [`ConfigurationHubApi::delete_draft_v1`](ConfigurationHubApi::delete_draft_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type DeleteDraftV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`ConfigurationHubApi::delete_draft_v1`](ConfigurationHubApi::delete_draft_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteDraftV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
}

impl DeleteDraftV1 {
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

    /// Sends the request: `DELETE /configuration-hub/v1/drafts/{id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<(), crate::SdkError<DeleteDraftV1Error>>> {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<crate::Response<()>, crate::SdkError<DeleteDraftV1Error>>,
    > {
        crate::request::empty(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "deleteDraftV1",
            self.options,
            move |client| {
                let path = [
                    "/configuration-hub/v1/drafts/",
                    &crate::request::path_segment(&self.id),
                ]
                    .concat();
                let request = client.request(reqwest::Method::DELETE, &path);
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`ConfigurationHubApi::list_deploys_v1`](ConfigurationHubApi::list_deploys_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type ListDeploysV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`ConfigurationHubApi::list_deploys_v1`](ConfigurationHubApi::list_deploys_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListDeploysV1 {
    client: crate::Client,
    options: crate::request::Options,
}

impl ListDeploysV1 {
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

    /// Sends the request: `GET /configuration-hub/v1/deploys`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::ListDeploysV1200Response,
            crate::SdkError<ListDeploysV1Error>,
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
            crate::Response<models::ListDeploysV1200Response>,
            crate::SdkError<ListDeploysV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "listDeploysV1",
            self.options,
            move |client| {
                let path = "/configuration-hub/v1/deploys";
                let mut request = client.request(reqwest::Method::GET, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`ConfigurationHubApi::create_deploy_v1`](ConfigurationHubApi::create_deploy_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type CreateDeployV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`ConfigurationHubApi::create_deploy_v1`](ConfigurationHubApi::create_deploy_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateDeployV1 {
    client: crate::Client,
    options: crate::request::Options,
    deployrequest: models::Deployrequest,
}

impl CreateDeployV1 {
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

    /// Sends the request: `POST /configuration-hub/v1/deploys`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<models::Deployresponse, crate::SdkError<CreateDeployV1Error>>,
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
            crate::Response<models::Deployresponse>,
            crate::SdkError<CreateDeployV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "createDeployV1",
            self.options,
            move |client| {
                let path = "/configuration-hub/v1/deploys";
                let mut request = client.request(reqwest::Method::POST, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.deployrequest;
                    request = crate::request::with_json(
                        "createDeployV1",
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

/// The error statuses of [`ConfigurationHubApi::get_deploy_v1`](ConfigurationHubApi::get_deploy_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetDeployV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`ConfigurationHubApi::get_deploy_v1`](ConfigurationHubApi::get_deploy_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetDeployV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
}

impl GetDeployV1 {
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

    /// Sends the request: `GET /configuration-hub/v1/deploys/{id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<models::Deployresponse, crate::SdkError<GetDeployV1Error>>,
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
            crate::Response<models::Deployresponse>,
            crate::SdkError<GetDeployV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getDeployV1",
            self.options,
            move |client| {
                let path = [
                    "/configuration-hub/v1/deploys/",
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
