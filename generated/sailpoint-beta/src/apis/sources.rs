//! Use this API to implement and customize source functionality.
//! With source functionality in place, organizations can use Identity Security Cloud to connect their various sources and user data sets and manage access across all those different sources in a secure, scalable way.
//!
//! [Sources](https://documentation.sailpoint.com/saas/help/sources/index.html) refer to the Identity Security Cloud representations for external applications, databases, and directory management systems that maintain their own sets of users, like Dropbox, GitHub, and Workday, for example.
//! Organizations may use hundreds, if not thousands, of different source systems, and any one employee within an organization likely has a different user record on each source, often with different permissions on many of those records.
//! Connecting these sources to Identity Security Cloud makes it possible to manage user access across them all.
//! Then, if a new hire starts at an organization, Identity Security Cloud can grant the new hire access to all the sources they need.
//! If an employee moves to a new department and needs access to new sources but no longer needs access to others, Identity Security Cloud can grant the necessary access and revoke the unnecessary access for all the employee's various sources.
//! If an employee leaves the company, Identity Security Cloud can revoke access to all the employee's various source accounts immediately.
//! These are just a few examples of the many ways that source functionality makes identity governance easier, more efficient, and more secure.
//!
//! In Identity Security Cloud, administrators can create configure, manage, and edit sources, and they can designate other users as source admins to be able to do so.
//! They can also designate users as source sub-admins, who can perform the same source actions but only on sources associated with their governance groups.
//! Admins go to Connections > Sources to see a list of the existing source representations in their organizations.
//! They can create new sources or select existing ones.
//!
//! To create a new source, the following must be specified: Source Name, Description, Source Owner, and Connection Type.
//! Refer to [Configuring a Source](https://documentation.sailpoint.com/saas/help/accounts/loading_data.html#configuring-a-source) for more information about the source configuration process.
//!
//! Identity Security Cloud connects with its sources either by a direct communication with the source server (connection information specific to the source must be provided) or a flat file feed, a CSV file containing all the relevant information about the accounts to be loaded in.
//! Different sources use different connectors to share data with Identity Security Cloud, and each connector's setup process is specific to that connector.
//! SailPoint has built a number of connectors to come out of the box and connect to the most common sources, and SailPoint actively maintains these connectors.
//! Refer to [Identity Security Cloud Connectors](https://documentation.sailpoint.com/connectors/identitynow/landingpages/help/landingpages/identitynow_connectivity_landing.html) for more information about these SailPoint supported connectors.
//! Refer to the following links for more information about two useful connectors:
//!
//! - [JDBC Connector](https://documentation.sailpoint.com/connectors/jdbc/help/integrating_jdbc/introduction.html): This customizable connector an directly connect to databases that support JDBC (Java Database Connectivity).
//!
//! - [Web Services Connector](https://documentation.sailpoint.com/connectors/webservices/help/integrating_webservices/introduction.html): This connector can directly connect to databases that support Web Services.
//!
//! Refer to [SaaS Connectivity](https://developer.sailpoint.com/docs/connectivity/saas-connectivity/) for more information about SailPoint's new connectivity framework that makes it easy to build and manage custom connectors to SaaS sources.
//!
//! When admins select existing sources, they can view the following information about the source:
//!
//! - Associated connections (any associated identity profiles, apps, or references to the source in a transform).
//!
//! - Associated user accounts. These accounts are linked to their identities - this provides a more complete picture of each user's access across sources.
//!
//! - Associated entitlements (sets of access rights on sources).
//!
//! - Associated access profiles (groupings of entitlements).
//!
//! The user account data and the entitlements update with each data aggregation from the source.
//! Organizations generally run scheduled, automated data aggregations to ensure that their data is always in sync between their sources and their Identity Security Cloud tenants so an access change on a source is detected quickly in Identity Security Cloud.
//! Admins can view a history of these aggregations, and they can also run manual imports.
//! Refer to [Loading Account Data](https://documentation.sailpoint.com/saas/help/accounts/loading_data.html) for more information about manual and scheduled aggregations.
//!
//! Admins can also make changes to determine which user account data Identity Security Cloud collects from the source and how it correlates that account data with identity data.
//! To define which account attributes the source shares with Identity Security Cloud, admins can edit the account schema on the source.
//! Refer to [Managing Source Account Schemas](https://documentation.sailpoint.com/saas/help/accounts/schema.html) for more information about source account schemas and how to edit them.
//! To define the mapping between the source account attributes and their correlating identity attributes, admins can edit the correlation configuration on the source.
//! Refer to [Assigning Source Accounts to Identities](https://documentation.sailpoint.com/saas/help/accounts/correlation.html) for more information about this correlation process between source accounts and identities.
//!
//! Admins can also delete sources, but they must first ensure that the sources no longer have any active connections: the source must not be associated with any identity profile or any app, and it must not be referenced by any transform.
//! Refer to [Deleting Sources](https://documentation.sailpoint.com/saas/help/sources/index.html#deleting-sources) for more information about deleting sources.
//!
//! Well organized, mapped out connections between sources and Identity Security Cloud are essential to achieving comprehensive identity access governance across all the source systems organizations need.
//! Refer to [Managing Sources](https://documentation.sailpoint.com/saas/help/sources/index.html) for more information about all the different things admins can do with sources once they are connected.

use crate::models;

/// The Sources operations: get them from [`Client::sources`](crate::Client::sources).
#[derive(Debug, Clone, Copy)]
pub struct SourcesApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The Sources operations.
    #[inline]
    pub fn sources(&self) -> SourcesApi<'_> {
        SourcesApi { client: self }
    }
}

impl<'a> SourcesApi<'a> {
    /// Lists all sources in identitynow.
    ///
    /// This end-point lists all the sources in IdentityNow.
    ///
    /// A token with ORG_ADMIN, SOURCE_ADMIN, SOURCE_SUBADMIN, or ROLE_SUBADMIN authority is required to call this API.
    ///
    /// `GET /sources` (`listSources`)
    #[inline]
    pub fn list_sources(&self) -> ListSources {
        ListSources {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            limit: None,
            offset: None,
            count: None,
            filters: None,
            sorters: None,
            for_subadmin: None,
            include_idn_source: None,
            listing: crate::pagination::Listing::default(),
        }
    }

    /// Creates a source in identitynow.
    ///
    /// This creates a specific source with a full source JSON representation. Any passwords are submitted as plain-text and encrypted upon receipt in IdentityNow.
    /// A token with ORG_ADMIN, SOURCE_ADMIN, or SOURCE_SUBADMIN authority is required to call this API.
    ///
    /// `POST /sources` (`createSource`)
    #[inline]
    pub fn create_source(&self, source: models::Source) -> CreateSource {
        CreateSource {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            provision_as_csv: None,
            source,
        }
    }

    /// Get source by id
    ///
    /// Use this API to get a source by a specified ID in Identity Security Cloud (ISC).
    /// A token with ORG_ADMIN, SOURCE_ADMIN, or SOURCE_SUBADMIN authority is required to call this API.
    ///
    /// `GET /sources/{id}` (`getSource`)
    #[inline]
    pub fn get_source(&self, id: impl Into<String>) -> GetSource {
        GetSource {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
        }
    }

    /// Update source (full)
    ///
    /// Use this API to update a source in Identity Security Cloud (ISC), using a full object representation. This means that when you use this API, it completely replaces the existing source configuration.
    ///
    /// These fields are immutable, so they cannot be changed:
    ///
    /// * id
    /// * type
    /// * authoritative
    /// * connector
    /// * connectorClass
    /// * passwordPolicies
    ///
    /// Attempts to modify these fields will result in a 400 error.
    ///
    /// A token with ORG_ADMIN, SOURCE_ADMIN, or SOURCE_SUBADMIN authority is required to call this API.
    ///
    /// `PUT /sources/{id}` (`putSource`)
    #[inline]
    pub fn put_source(
        &self,
        id: impl Into<String>,
        source: models::Source,
    ) -> PutSource {
        PutSource {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
            source,
        }
    }

    /// Delete source by id
    ///
    /// Use this API to delete a specific source in Identity Security Cloud (ISC).
    /// The API removes all the accounts on the source first, and then it deletes the source. You can retrieve the actual task execution status with this method: GET `/task-status/{id}`
    /// A token with ORG_ADMIN, SOURCE_ADMIN, or SOURCE_SUBADMIN authority is required to call this API.
    ///
    /// `DELETE /sources/{id}` (`delete`)
    #[inline]
    pub fn delete(&self, id: impl Into<String>) -> Delete {
        Delete {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
        }
    }

    /// Update source (partial)
    ///
    /// Use this API to partially update a source in Identity Security Cloud (ISC), using a list of patch operations according to the
    /// [JSON Patch](https://tools.ietf.org/html/rfc6902) standard.
    ///
    /// These fields are immutable, so they cannot be changed:
    /// * id
    /// * type
    /// * authoritative
    /// * created
    /// * modified
    /// * connector
    /// * connectorClass
    /// * passwordPolicies
    ///
    /// Attempts to modify these fields will result in a 400 error.
    ///
    /// A token with ORG_ADMIN, SOURCE_ADMIN, SOURCE_SUBADMIN, or API authority is required to call this API.
    ///
    /// `PATCH /sources/{id}` (`updateSource`)
    #[inline]
    pub fn update_source(
        &self,
        id: impl Into<String>,
        json_patch_operation: Vec<models::JsonPatchOperation>,
    ) -> UpdateSource {
        UpdateSource {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
            json_patch_operation,
        }
    }

    /// Attribute sync config
    ///
    /// This API returns the existing attribute synchronization configuration for a source specified by the given ID. The response contains all attributes, regardless of whether they enabled or not.
    /// A token with ORG_ADMIN or HELPDESK authority is required to call this API.
    ///
    /// `GET /sources/{id}/attribute-sync-config` (`getSourceAttrSyncConfig`)
    #[inline]
    pub fn get_source_attr_sync_config(
        &self,
        id: impl Into<String>,
    ) -> GetSourceAttrSyncConfig {
        GetSourceAttrSyncConfig {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
        }
    }

    /// Update attribute sync config
    ///
    /// Replaces the attribute synchronization configuration for the source specified by the given ID with the configuration provided in the request body. Only the "enabled" field of the values in the "attributes" array is mutable. Attempting to change other attributes or add new values to the "attributes" array will result in an error.
    ///
    /// A token with ORG_ADMIN authority is required to call this API.
    ///
    /// `PUT /sources/{id}/attribute-sync-config` (`putSourceAttrSyncConfig`)
    #[inline]
    pub fn put_source_attr_sync_config(
        &self,
        id: impl Into<String>,
        attr_sync_source_config: models::AttrSyncSourceConfig,
    ) -> PutSourceAttrSyncConfig {
        PutSourceAttrSyncConfig {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
            attr_sync_source_config,
        }
    }

    /// Check connection for source connector.
    ///
    /// This endpoint validates that the configured credentials are valid and will properly authenticate with the source identified by the sourceId path parameter.
    /// A token with ORG_ADMIN authority is required to call this API.
    ///
    /// `POST /sources/{sourceId}/connector/check-connection` (`testSourceConnection`)
    #[inline]
    pub fn test_source_connection(
        &self,
        source_id: impl Into<String>,
    ) -> TestSourceConnection {
        TestSourceConnection {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            source_id: source_id.into(),
        }
    }

    /// Peek source connector's resource objects
    ///
    /// Retrieves a sample of data returned from account and group aggregation requests.
    /// A token with ORG_ADMIN authority is required to call this API.
    ///
    /// `POST /sources/{sourceId}/connector/peek-resource-objects` (`peekResourceObjects`)
    #[inline]
    pub fn peek_resource_objects(
        &self,
        source_id: impl Into<String>,
        resource_objects_request: models::ResourceObjectsRequest,
    ) -> PeekResourceObjects {
        PeekResourceObjects {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            source_id: source_id.into(),
            resource_objects_request,
        }
    }

    /// Ping cluster for source connector
    ///
    /// This endpoint validates that the cluster being used by the source is reachable from IdentityNow.
    /// A token with ORG_ADMIN authority is required to call this API.
    ///
    /// `POST /sources/{sourceId}/connector/ping-cluster` (`pingCluster`)
    #[inline]
    pub fn ping_cluster(&self, source_id: impl Into<String>) -> PingCluster {
        PingCluster {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            source_id: source_id.into(),
        }
    }

    /// Test configuration for source connector
    ///
    /// This endpoint performs a more detailed validation of the source's configuration that can take longer than the lighter weight credential validation performed by the checkConnection API.
    /// A token with ORG_ADMIN authority is required to call this API.
    ///
    /// `POST /sources/{sourceId}/connector/test-configuration` (`testSourceConfiguration`)
    #[inline]
    pub fn test_source_configuration(
        &self,
        source_id: impl Into<String>,
    ) -> TestSourceConfiguration {
        TestSourceConfiguration {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            source_id: source_id.into(),
        }
    }

    /// Gets source config with language translations
    ///
    /// Looks up and returns the source config for the requested source id after populating the source config values and applying language translations.
    /// A token with ORG_ADMIN authority is required to call this API.
    ///
    /// `GET /sources/{id}/connectors/source-config` (`getSourceConfig`)
    #[inline]
    pub fn get_source_config(&self, id: impl Into<String>) -> GetSourceConfig {
        GetSourceConfig {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
            locale: None,
        }
    }

    /// Native change detection configuration
    ///
    /// This API returns the existing native change detection configuration for a source specified by the given ID.
    /// A token with ORG_ADMIN authority is required to call this API.
    ///
    /// `GET /sources/{sourceId}/native-change-detection-config` (`getNativeChangeDetectionConfig`)
    #[inline]
    pub fn get_native_change_detection_config(
        &self,
        source_id: impl Into<String>,
    ) -> GetNativeChangeDetectionConfig {
        GetNativeChangeDetectionConfig {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            source_id: source_id.into(),
        }
    }

    /// Update native change detection configuration
    ///
    /// Replaces the native change detection configuration for the source specified by the given ID with the configuration provided in the request body.
    ///
    /// A token with ORG_ADMIN authority is required to call this API.
    ///
    /// `PUT /sources/{sourceId}/native-change-detection-config` (`putNativeChangeDetectionConfig`)
    #[inline]
    pub fn put_native_change_detection_config(
        &self,
        source_id: impl Into<String>,
        native_change_detection_config: models::NativeChangeDetectionConfig,
    ) -> PutNativeChangeDetectionConfig {
        PutNativeChangeDetectionConfig {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            source_id: source_id.into(),
            native_change_detection_config,
        }
    }

    /// Delete native change detection configuration
    ///
    /// Deletes the native change detection configuration for the source specified by the given ID.
    /// A token with API, or ORG_ADMIN authority is required to call this API.
    ///
    /// `DELETE /sources/{sourceId}/native-change-detection-config` (`deleteNativeChangeDetectionConfig`)
    #[inline]
    pub fn delete_native_change_detection_config(
        &self,
        source_id: impl Into<String>,
    ) -> DeleteNativeChangeDetectionConfig {
        DeleteNativeChangeDetectionConfig {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            source_id: source_id.into(),
        }
    }

    /// Lists provisioningpolicies
    ///
    /// This end-point lists all the ProvisioningPolicies in IdentityNow.
    ///
    /// `GET /sources/{sourceId}/provisioning-policies` (`listProvisioningPolicies`)
    #[inline]
    pub fn list_provisioning_policies(
        &self,
        source_id: impl Into<String>,
    ) -> ListProvisioningPolicies {
        ListProvisioningPolicies {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            source_id: source_id.into(),
        }
    }

    /// Create provisioning policy
    ///
    /// This API generates a create policy/template based on field value transforms. This API is intended for use when setting up JDBC Provisioning type sources, but it will also work on other source types.
    /// Transforms can be used in the provisioning policy to create a new attribute that you only need during provisioning.
    /// Refer to [Transforms in Provisioning Policies](https://developer.sailpoint.com/docs/extensibility/transforms/guides/transforms-in-provisioning-policies) for more information.
    ///
    /// `POST /sources/{sourceId}/provisioning-policies` (`createProvisioningPolicy`)
    #[inline]
    pub fn create_provisioning_policy(
        &self,
        source_id: impl Into<String>,
        provisioning_policy_dto: models::ProvisioningPolicyDto,
    ) -> CreateProvisioningPolicy {
        CreateProvisioningPolicy {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            source_id: source_id.into(),
            provisioning_policy_dto,
        }
    }

    /// Get provisioning policy by usagetype
    ///
    /// This end-point retrieves the ProvisioningPolicy with the specified usage on the specified Source in IdentityNow.
    ///
    /// `GET /sources/{sourceId}/provisioning-policies/{usageType}` (`getProvisioningPolicy`)
    #[inline]
    pub fn get_provisioning_policy(
        &self,
        source_id: impl Into<String>,
        usage_type: models::UsageType,
    ) -> GetProvisioningPolicy {
        GetProvisioningPolicy {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            source_id: source_id.into(),
            usage_type,
        }
    }

    /// Update provisioning policy by usagetype
    ///
    /// This end-point updates the provisioning policy with the specified usage on the specified source in IdentityNow.
    /// Transforms can be used in the provisioning policy to create a new attribute that you only need during provisioning.
    /// Refer to [Transforms in Provisioning Policies](https://developer.sailpoint.com/docs/extensibility/transforms/guides/transforms-in-provisioning-policies) for more information.
    ///
    /// `PUT /sources/{sourceId}/provisioning-policies/{usageType}` (`putProvisioningPolicy`)
    #[inline]
    pub fn put_provisioning_policy(
        &self,
        source_id: impl Into<String>,
        usage_type: models::UsageType,
        provisioning_policy_dto: models::ProvisioningPolicyDto,
    ) -> PutProvisioningPolicy {
        PutProvisioningPolicy {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            source_id: source_id.into(),
            usage_type,
            provisioning_policy_dto,
        }
    }

    /// Delete provisioning policy by usagetype
    ///
    /// Deletes the provisioning policy with the specified usage on an application.
    ///
    /// `DELETE /sources/{sourceId}/provisioning-policies/{usageType}` (`deleteProvisioningPolicy`)
    #[inline]
    pub fn delete_provisioning_policy(
        &self,
        source_id: impl Into<String>,
        usage_type: models::UsageType,
    ) -> DeleteProvisioningPolicy {
        DeleteProvisioningPolicy {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            source_id: source_id.into(),
            usage_type,
        }
    }

    /// Partial update of provisioning policy
    ///
    /// This API selectively updates an existing Provisioning Policy using a JSONPatch payload.
    /// Transforms can be used in the provisioning policy to create a new attribute that you only need during provisioning.
    /// Refer to [Transforms in Provisioning Policies](https://developer.sailpoint.com/docs/extensibility/transforms/guides/transforms-in-provisioning-policies) for more information.
    ///
    /// `PATCH /sources/{sourceId}/provisioning-policies/{usageType}` (`updateProvisioningPolicy`)
    #[inline]
    pub fn update_provisioning_policy(
        &self,
        source_id: impl Into<String>,
        usage_type: models::UsageType,
        v3_json_patch_operation: Vec<models::V3JsonPatchOperation>,
    ) -> UpdateProvisioningPolicy {
        UpdateProvisioningPolicy {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            source_id: source_id.into(),
            usage_type,
            v3_json_patch_operation,
        }
    }

    /// Bulk update provisioning policies
    ///
    /// This end-point updates a list of provisioning policies on the specified source in IdentityNow.
    ///
    /// `POST /sources/{sourceId}/provisioning-policies/bulk-update` (`updateProvisioningPoliciesInBulk`)
    #[inline]
    pub fn update_provisioning_policies_in_bulk(
        &self,
        source_id: impl Into<String>,
        provisioning_policy_dto: Vec<models::ProvisioningPolicyDto>,
    ) -> UpdateProvisioningPoliciesInBulk {
        UpdateProvisioningPoliciesInBulk {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            source_id: source_id.into(),
            provisioning_policy_dto,
        }
    }

    /// Remove all accounts in a source
    ///
    /// Use this endpoint to remove all accounts from the system without provisioning changes to the source. Accounts that are removed could be re-created during the next aggregation.
    ///
    /// This endpoint is good for:
    /// * Removing accounts that no longer exist on the source.
    /// * Removing accounts that won't be aggregated following updates to the source configuration.
    /// * Forcing accounts to be re-created following the next aggregation to re-run account processing, support testing, etc.
    ///
    /// `POST /sources/{sourceId}/remove-accounts` (`deleteAccountsAsync`)
    #[inline]
    pub fn delete_accounts_async(
        &self,
        source_id: impl Into<String>,
    ) -> DeleteAccountsAsync {
        DeleteAccountsAsync {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            source_id: source_id.into(),
        }
    }

    /// List schemas on source
    ///
    /// Use this API to list the schemas that exist on the specified source in Identity Security Cloud (ISC).
    ///
    /// `GET /sources/{sourceId}/schemas` (`getSourceSchemas`)
    #[inline]
    pub fn get_source_schemas(&self, source_id: impl Into<String>) -> GetSourceSchemas {
        GetSourceSchemas {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            source_id: source_id.into(),
            include_types: None,
            include_names: None,
        }
    }

    /// Create schema on source
    ///
    /// Use this API to create a new schema on the specified source in Identity Security Cloud (ISC).
    ///
    /// `POST /sources/{sourceId}/schemas` (`createSourceSchema`)
    #[inline]
    pub fn create_source_schema(
        &self,
        source_id: impl Into<String>,
        schema: models::Schema,
    ) -> CreateSourceSchema {
        CreateSourceSchema {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            source_id: source_id.into(),
            schema,
        }
    }

    /// Get source schema by id
    ///
    /// Get the Source Schema by ID in IdentityNow.
    ///
    /// `GET /sources/{sourceId}/schemas/{schemaId}` (`getSourceSchema`)
    #[inline]
    pub fn get_source_schema(
        &self,
        source_id: impl Into<String>,
        schema_id: impl Into<String>,
    ) -> GetSourceSchema {
        GetSourceSchema {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            source_id: source_id.into(),
            schema_id: schema_id.into(),
        }
    }

    /// Update source schema (full)
    ///
    /// This API will completely replace an existing Schema with the submitted payload. Some fields of the Schema cannot be updated. These fields are listed below.
    /// * id
    /// * name
    /// * created
    /// * modified
    ///   Any attempt to modify these fields will result in an error response with a status code of 400.
    ///
    /// `PUT /sources/{sourceId}/schemas/{schemaId}` (`putSourceSchema`)
    #[inline]
    pub fn put_source_schema(
        &self,
        source_id: impl Into<String>,
        schema_id: impl Into<String>,
        schema: models::Schema,
    ) -> PutSourceSchema {
        PutSourceSchema {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            source_id: source_id.into(),
            schema_id: schema_id.into(),
            schema,
        }
    }

    /// Delete source schema by id
    ///
    /// `DELETE /sources/{sourceId}/schemas/{schemaId}` (`deleteSourceSchema`)
    #[inline]
    pub fn delete_source_schema(
        &self,
        source_id: impl Into<String>,
        schema_id: impl Into<String>,
    ) -> DeleteSourceSchema {
        DeleteSourceSchema {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            source_id: source_id.into(),
            schema_id: schema_id.into(),
        }
    }

    /// Update source schema (partial)
    ///
    /// Use this API to selectively update an existing Schema using a JSONPatch payload.
    ///
    /// The following schema fields are immutable and cannot be updated:
    ///
    /// - id
    /// - name
    /// - created
    /// - modified
    ///
    ///
    /// To switch an account attribute to a group entitlement, you need to have the following in place:
    ///
    /// - `isEntitlement: true`
    /// - Must define a schema for the group and [add it to the source](https://developer.sailpoint.com/idn/api/beta/create-source-schema) before updating the `isGroup` flag.  For example, here is the `group` account attribute referencing a schema that defines the group:
    /// ```json
    /// {
    ///     "name": "groups",
    ///     "type": "STRING",
    ///     "schema": {
    ///         "type": "CONNECTOR_SCHEMA",
    ///         "id": "2c9180887671ff8c01767b4671fc7d60",
    ///         "name": "group"
    ///     },
    ///     "description": "The groups, roles etc. that reference account group objects",
    ///     "isMulti": true,
    ///     "isEntitlement": true,
    ///     "isGroup": true
    /// }
    /// ```
    ///
    /// `PATCH /sources/{sourceId}/schemas/{schemaId}` (`updateSourceSchema`)
    #[inline]
    pub fn update_source_schema(
        &self,
        source_id: impl Into<String>,
        schema_id: impl Into<String>,
        json_patch_operation: Vec<models::JsonPatchOperation>,
    ) -> UpdateSourceSchema {
        UpdateSourceSchema {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            source_id: source_id.into(),
            schema_id: schema_id.into(),
            json_patch_operation,
        }
    }

    /// Downloads source accounts schema template
    ///
    /// `GET /sources/{sourceId}/schemas/accounts` (`getSourceAccountsSchema`)
    #[inline]
    pub fn get_source_accounts_schema(
        &self,
        source_id: impl Into<String>,
    ) -> GetSourceAccountsSchema {
        GetSourceAccountsSchema {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            source_id: source_id.into(),
        }
    }

    /// Uploads source accounts schema template
    ///
    /// This API uploads a source schema template file to configure a source's account attributes.
    ///
    /// `POST /sources/{sourceId}/schemas/accounts` (`importSourceAccountsSchema`)
    #[inline]
    pub fn import_source_accounts_schema(
        &self,
        source_id: impl Into<String>,
        import_source_accounts_schema_request: models::ImportSourceAccountsSchemaRequest,
    ) -> ImportSourceAccountsSchema {
        ImportSourceAccountsSchema {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            upload: crate::request::Upload::default(),
            source_id: source_id.into(),
            import_source_accounts_schema_request,
        }
    }

    /// Downloads source entitlements schema template
    ///
    /// `GET /sources/{sourceId}/schemas/entitlements` (`getSourceEntitlementsSchema`)
    #[inline]
    pub fn get_source_entitlements_schema(
        &self,
        source_id: impl Into<String>,
    ) -> GetSourceEntitlementsSchema {
        GetSourceEntitlementsSchema {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            source_id: source_id.into(),
            schema_name: None,
        }
    }

    /// Uploads source entitlements schema template
    ///
    /// This API uploads a source schema template file to configure a source's entitlement attributes.
    ///
    /// `POST /sources/{sourceId}/schemas/entitlements` (`importSourceEntitlementsSchema`)
    #[inline]
    pub fn import_source_entitlements_schema(
        &self,
        source_id: impl Into<String>,
        import_source_entitlements_schema_request: models::ImportSourceEntitlementsSchemaRequest,
    ) -> ImportSourceEntitlementsSchema {
        ImportSourceEntitlementsSchema {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            upload: crate::request::Upload::default(),
            source_id: source_id.into(),
            schema_name: None,
            import_source_entitlements_schema_request,
        }
    }

    /// Upload connector file to source
    ///
    /// This uploads a supplemental source connector file (like jdbc driver jars) to a source's S3 bucket. This also sends ETS and Audit events.
    /// A token with ORG_ADMIN authority is required to call this API.
    ///
    /// `POST /sources/{sourceId}/upload-connector-file` (`importSourceConnectorFile`)
    #[inline]
    pub fn import_source_connector_file(
        &self,
        source_id: impl Into<String>,
        import_source_connector_file_request: models::ImportSourceConnectorFileRequest,
    ) -> ImportSourceConnectorFile {
        ImportSourceConnectorFile {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            upload: crate::request::Upload::default(),
            source_id: source_id.into(),
            import_source_connector_file_request,
        }
    }

    /// Synchronize single source attributes.
    ///
    /// This end-point performs attribute synchronization for a selected source.
    /// A token with ORG_ADMIN or SOURCE_ADMIN authority is required to call this API.
    ///
    /// `POST /sources/{sourceId}/synchronize-attributes` (`syncAttributesForSource`)
    #[inline]
    pub fn sync_attributes_for_source(
        &self,
        source_id: impl Into<String>,
    ) -> SyncAttributesForSource {
        SyncAttributesForSource {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            source_id: source_id.into(),
        }
    }

    /// Get source entitlement request configuration
    ///
    /// This API gets the current entitlement request configuration for a source. This source-level configuration should apply for all the entitlements in the source.
    ///
    /// Access request to any entitlements in the source should follow this configuration unless a separate entitlement-level configuration is defined.
    /// - During access request, this source-level entitlement request configuration overrides the global organization-level configuration.
    /// - However, the entitlement-level configuration (if defined) overrides this source-level configuration.
    ///
    /// A token with ORG_ADMIN, SOURCE_ADMIN, or SOURCE_SUBADMIN authority is required to call this API.
    ///
    /// `GET /sources/{sourceId}/entitlement-request-config` (`getSourceEntitlementRequestConfig`)
    #[inline]
    pub fn get_source_entitlement_request_config(
        &self,
        source_id: impl Into<String>,
    ) -> GetSourceEntitlementRequestConfig {
        GetSourceEntitlementRequestConfig {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            source_id: source_id.into(),
        }
    }

    /// Update source entitlement request configuration
    ///
    /// This API replaces the current entitlement request configuration for a source. This source-level configuration should apply for all the entitlements in the source.
    ///
    /// Access request to any entitlements in the source should follow this configuration unless a separate entitlement-level configuration is defined.
    /// - During access request, this source-level entitlement request configuration overrides the global organization-level configuration.
    /// - However, the entitlement-level configuration (if defined) overrides this source-level configuration.
    ///
    /// A token with ORG_ADMIN, SOURCE_ADMIN, or SOURCE_SUBADMIN authority is required to call this API.
    ///
    /// `PUT /sources/{sourceId}/entitlement-request-config` (`updateSourceEntitlementRequestConfig`)
    #[inline]
    pub fn update_source_entitlement_request_config(
        &self,
        source_id: impl Into<String>,
        source_entitlement_request_config: models::SourceEntitlementRequestConfig,
    ) -> UpdateSourceEntitlementRequestConfig {
        UpdateSourceEntitlementRequestConfig {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            source_id: source_id.into(),
            source_entitlement_request_config,
        }
    }

    /// Account aggregation
    ///
    /// Starts an account aggregation on the specified source.
    /// If the target source is a delimited file source, then the CSV file needs to be included in the request body.
    /// You will also need to set the Content-Type header to `multipart/form-data`.
    /// A token with ORG_ADMIN, SOURCE_ADMIN, or SOURCE_SUBADMIN authority is required to call this API.
    ///
    /// `POST /sources/{sourceId}/load-accounts` (`importAccounts`)
    #[inline]
    pub fn import_accounts(&self, source_id: impl Into<String>) -> ImportAccounts {
        ImportAccounts {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            upload: crate::request::Upload::default(),
            source_id: source_id.into(),
            import_accounts_request: None,
        }
    }

    /// Entitlement aggregation
    ///
    /// Starts an entitlement aggregation on the specified source.
    /// If the target source is a delimited file source, then the CSV file needs to be included in the request body.
    /// You will also need to set the Content-Type header to `multipart/form-data`.
    /// A token with ORG_ADMIN, SOURCE_ADMIN, or SOURCE_SUBADMIN authority is required to call this API.
    ///
    /// `POST /sources/{sourceId}/load-entitlements` (`importEntitlements`)
    #[inline]
    pub fn import_entitlements(
        &self,
        source_id: impl Into<String>,
    ) -> ImportEntitlements {
        ImportEntitlements {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            upload: crate::request::Upload::default(),
            source_id: source_id.into(),
            import_entitlements_request: None,
        }
    }

    /// Process uncorrelated accounts
    ///
    /// File is required for upload. You will also need to set the Content-Type header to `multipart/form-data`
    ///
    /// `POST /sources/{sourceId}/load-uncorrelated-accounts` (`importUncorrelatedAccounts`)
    #[inline]
    pub fn import_uncorrelated_accounts(
        &self,
        source_id: impl Into<String>,
    ) -> ImportUncorrelatedAccounts {
        ImportUncorrelatedAccounts {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            upload: crate::request::Upload::default(),
            source_id: source_id.into(),
            import_uncorrelated_accounts_request: None,
        }
    }

    /// Get source correlation configuration
    ///
    /// This API returns the existing correlation configuration for a source specified by the given ID.
    ///
    /// `GET /sources/{sourceId}/correlation-config` (`getCorrelationConfig`)
    #[inline]
    pub fn get_correlation_config(
        &self,
        source_id: impl Into<String>,
    ) -> GetCorrelationConfig {
        GetCorrelationConfig {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            source_id: source_id.into(),
        }
    }

    /// Update source correlation configuration
    ///
    /// Replaces the correlation configuration for the source specified by the given ID with the configuration provided in the request body.
    ///
    /// `PUT /sources/{sourceId}/correlation-config` (`putCorrelationConfig`)
    #[inline]
    pub fn put_correlation_config(
        &self,
        source_id: impl Into<String>,
        correlation_config: models::CorrelationConfig,
    ) -> PutCorrelationConfig {
        PutCorrelationConfig {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            source_id: source_id.into(),
            correlation_config,
        }
    }
}

/// The error statuses of [`SourcesApi::list_sources`](SourcesApi::list_sources), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type ListSourcesError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SourcesApi::list_sources`](SourcesApi::list_sources): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListSources {
    client: crate::Client,
    options: crate::request::Options,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
    filters: Option<String>,
    sorters: Option<String>,
    for_subadmin: Option<String>,
    include_idn_source: Option<bool>,
    listing: crate::pagination::Listing,
}

impl ListSources {
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
    /// **id**: *eq, in, ge, gt, le, lt, ne, isnull, sw*
    ///
    /// **name**: *co, eq, in, sw, ge, gt, ne, isnull*
    ///
    /// **type**: *eq, in, ge, gt, ne, isnull, sw*
    ///
    /// **owner.id**: *eq, in, ge, gt, le, lt, ne, isnull, sw*
    ///
    /// **features**: *ca, co*
    ///
    /// **created**: *eq*
    ///
    /// **modified**: *eq*
    ///
    /// **managementWorkgroup.id**: *eq, ge, gt, in, le, lt, ne, isnull, sw*
    ///
    /// **description**: *eq, sw*
    ///
    /// **authoritative**: *eq, ne, isnull*
    ///
    /// **healthy**: *isnull*
    ///
    /// **status**: *eq, in, ge, gt, le, lt, ne, isnull, sw*
    ///
    /// **connectionType**: *eq, ge, gt, in, le, lt, ne, isnull, sw*
    ///
    /// **connectorName**: *eq, ge, gt, in, ne, isnull, sw*
    ///
    /// **category**: *co, eq, ge, gt, in, le, lt, ne, sw*
    #[inline]
    pub fn filters(mut self, filters: impl Into<String>) -> Self {
        self.filters = Some(filters.into());
        self
    }

    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **type, created, modified, name, owner.name, healthy, status, id, description, owner.id, accountCorrelationConfig.id, accountCorrelationConfig.name, managerCorrelationRule.type, managerCorrelationRule.id, managerCorrelationRule.name, authoritative, managementWorkgroup.id, connectorName, connectionType**
    #[inline]
    pub fn sorters(mut self, sorters: impl Into<String>) -> Self {
        self.sorters = Some(sorters.into());
        self
    }

    /// Filter the returned list of sources for the identity specified by the parameter, which is the id of an identity with the role SOURCE_SUBADMIN. By convention, the value **me** indicates the identity id of the current user.
    /// Subadmins may only view Sources which they are able to administer; all other Sources will be filtered out when this parameter is set. If the current user is a SOURCE_SUBADMIN but fails to pass a valid value for this parameter, a 403 Forbidden is returned.
    #[inline]
    pub fn for_subadmin(mut self, for_subadmin: impl Into<String>) -> Self {
        self.for_subadmin = Some(for_subadmin.into());
        self
    }

    /// Include the IdentityNow source in the response.
    ///
    /// The server's default: `false`.
    #[inline]
    pub fn include_idn_source(mut self, include_idn_source: bool) -> Self {
        self.include_idn_source = Some(include_idn_source);
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

    /// Sends the request: `GET /sources`; returns one page.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<Vec<models::Source>, crate::SdkError<ListSourcesError>>,
    > {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request and returns one page with the total the server counts when asked
    /// with `.count(true)`.
    #[inline]
    pub fn send_page(
        self,
    ) -> impl Future<
        Output = Result<crate::Page<models::Source>, crate::SdkError<ListSourcesError>>,
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
        Item = Result<models::Source, crate::SdkError<ListSourcesError>>,
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
            crate::Response<Vec<models::Source>>,
            crate::SdkError<ListSourcesError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "listSources",
            self.options,
            move |client| {
                let path = "/sources";
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
                if let Some(value) = &self.sorters {
                    query.push(("sorters", value.clone()));
                }
                if let Some(value) = &self.for_subadmin {
                    query.push(("for-subadmin", value.clone()));
                }
                if let Some(value) = &self.include_idn_source {
                    query.push(("includeIDNSource", value.to_string()));
                }
                request = request.query(&query);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`SourcesApi::create_source`](SourcesApi::create_source), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type CreateSourceError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`SourcesApi::create_source`](SourcesApi::create_source): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateSource {
    client: crate::Client,
    options: crate::request::Options,
    provision_as_csv: Option<bool>,
    source: models::Source,
}

impl CreateSource {
    /// If this parameter is `true`, it configures the source as a Delimited File (CSV) source. Setting this to `true` will automatically set the `type` of the source to `DelimitedFile`.  You must use this query parameter to create a Delimited File source as you would in the UI.  If you don't set this query parameter and you attempt to set the `type` attribute directly, the request won't correctly generate the source.
    #[inline]
    pub fn provision_as_csv(mut self, provision_as_csv: bool) -> Self {
        self.provision_as_csv = Some(provision_as_csv);
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

    /// Sends the request: `POST /sources`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<models::Source, crate::SdkError<CreateSourceError>>,
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
            crate::Response<models::Source>,
            crate::SdkError<CreateSourceError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "createSource",
            self.options,
            move |client| {
                let path = "/sources";
                let mut request = client.request(reqwest::Method::POST, path);
                let mut query: Vec<(&str, String)> = Vec::new();
                if let Some(value) = &self.provision_as_csv {
                    query.push(("provisionAsCsv", value.to_string()));
                }
                request = request.query(&query);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.source;
                    request = crate::request::with_json(
                        "createSource",
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

/// The error statuses of [`SourcesApi::get_source`](SourcesApi::get_source), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetSourceError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SourcesApi::get_source`](SourcesApi::get_source): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetSource {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
}

impl GetSource {
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

    /// Sends the request: `GET /sources/{id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<models::Source, crate::SdkError<GetSourceError>>> {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<crate::Response<models::Source>, crate::SdkError<GetSourceError>>,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getSource",
            self.options,
            move |client| {
                let path = ["/sources/", &crate::request::path_segment(&self.id)]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`SourcesApi::put_source`](SourcesApi::put_source), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type PutSourceError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SourcesApi::put_source`](SourcesApi::put_source): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PutSource {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
    source: models::Source,
}

impl PutSource {
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

    /// Sends the request: `PUT /sources/{id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<models::Source, crate::SdkError<PutSourceError>>> {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<crate::Response<models::Source>, crate::SdkError<PutSourceError>>,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "putSource",
            self.options,
            move |client| {
                let path = ["/sources/", &crate::request::path_segment(&self.id)]
                    .concat();
                let mut request = client.request(reqwest::Method::PUT, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.source;
                    request = crate::request::with_json(
                        "putSource",
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

/// The error statuses of [`SourcesApi::delete`](SourcesApi::delete), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type DeleteError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SourcesApi::delete`](SourcesApi::delete): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct Delete {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
}

impl Delete {
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

    /// Sends the request: `DELETE /sources/{id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<models::Delete202Response, crate::SdkError<DeleteError>>,
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
            crate::Response<models::Delete202Response>,
            crate::SdkError<DeleteError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "delete",
            self.options,
            move |client| {
                let path = ["/sources/", &crate::request::path_segment(&self.id)]
                    .concat();
                let mut request = client.request(reqwest::Method::DELETE, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`SourcesApi::update_source`](SourcesApi::update_source), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type UpdateSourceError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SourcesApi::update_source`](SourcesApi::update_source): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateSource {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
    json_patch_operation: Vec<models::JsonPatchOperation>,
}

impl UpdateSource {
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

    /// Sends the request: `PATCH /sources/{id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<models::Source, crate::SdkError<UpdateSourceError>>,
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
            crate::Response<models::Source>,
            crate::SdkError<UpdateSourceError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "updateSource",
            self.options,
            move |client| {
                let path = ["/sources/", &crate::request::path_segment(&self.id)]
                    .concat();
                let mut request = client.request(reqwest::Method::PATCH, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.json_patch_operation;
                    request = crate::request::with_json(
                        "updateSource",
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

/// The error statuses of [`SourcesApi::get_source_attr_sync_config`](SourcesApi::get_source_attr_sync_config), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetSourceAttrSyncConfigError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SourcesApi::get_source_attr_sync_config`](SourcesApi::get_source_attr_sync_config): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetSourceAttrSyncConfig {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
}

impl GetSourceAttrSyncConfig {
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

    /// Sends the request: `GET /sources/{id}/attribute-sync-config`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::AttrSyncSourceConfig,
            crate::SdkError<GetSourceAttrSyncConfigError>,
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
            crate::Response<models::AttrSyncSourceConfig>,
            crate::SdkError<GetSourceAttrSyncConfigError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getSourceAttrSyncConfig",
            self.options,
            move |client| {
                let path = [
                    "/sources/",
                    &crate::request::path_segment(&self.id),
                    "/attribute-sync-config",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`SourcesApi::put_source_attr_sync_config`](SourcesApi::put_source_attr_sync_config), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type PutSourceAttrSyncConfigError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SourcesApi::put_source_attr_sync_config`](SourcesApi::put_source_attr_sync_config): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PutSourceAttrSyncConfig {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
    attr_sync_source_config: models::AttrSyncSourceConfig,
}

impl PutSourceAttrSyncConfig {
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

    /// Sends the request: `PUT /sources/{id}/attribute-sync-config`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::AttrSyncSourceConfig,
            crate::SdkError<PutSourceAttrSyncConfigError>,
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
            crate::Response<models::AttrSyncSourceConfig>,
            crate::SdkError<PutSourceAttrSyncConfigError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "putSourceAttrSyncConfig",
            self.options,
            move |client| {
                let path = [
                    "/sources/",
                    &crate::request::path_segment(&self.id),
                    "/attribute-sync-config",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::PUT, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.attr_sync_source_config;
                    request = crate::request::with_json(
                        "putSourceAttrSyncConfig",
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

/// The error statuses of [`SourcesApi::test_source_connection`](SourcesApi::test_source_connection), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type TestSourceConnectionError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SourcesApi::test_source_connection`](SourcesApi::test_source_connection): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct TestSourceConnection {
    client: crate::Client,
    options: crate::request::Options,
    source_id: String,
}

impl TestSourceConnection {
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

    /// Sends the request: `POST /sources/{sourceId}/connector/check-connection`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::StatusResponse,
            crate::SdkError<TestSourceConnectionError>,
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
            crate::Response<models::StatusResponse>,
            crate::SdkError<TestSourceConnectionError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "testSourceConnection",
            self.options,
            move |client| {
                let path = [
                    "/sources/",
                    &crate::request::path_segment(&self.source_id),
                    "/connector/check-connection",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::POST, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`SourcesApi::peek_resource_objects`](SourcesApi::peek_resource_objects), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type PeekResourceObjectsError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SourcesApi::peek_resource_objects`](SourcesApi::peek_resource_objects): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PeekResourceObjects {
    client: crate::Client,
    options: crate::request::Options,
    source_id: String,
    resource_objects_request: models::ResourceObjectsRequest,
}

impl PeekResourceObjects {
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

    /// Sends the request: `POST /sources/{sourceId}/connector/peek-resource-objects`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::ResourceObjectsResponse,
            crate::SdkError<PeekResourceObjectsError>,
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
            crate::Response<models::ResourceObjectsResponse>,
            crate::SdkError<PeekResourceObjectsError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "peekResourceObjects",
            self.options,
            move |client| {
                let path = [
                    "/sources/",
                    &crate::request::path_segment(&self.source_id),
                    "/connector/peek-resource-objects",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::POST, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.resource_objects_request;
                    request = crate::request::with_json(
                        "peekResourceObjects",
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

/// The error statuses of [`SourcesApi::ping_cluster`](SourcesApi::ping_cluster), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type PingClusterError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SourcesApi::ping_cluster`](SourcesApi::ping_cluster): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PingCluster {
    client: crate::Client,
    options: crate::request::Options,
    source_id: String,
}

impl PingCluster {
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

    /// Sends the request: `POST /sources/{sourceId}/connector/ping-cluster`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<models::StatusResponse, crate::SdkError<PingClusterError>>,
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
            crate::Response<models::StatusResponse>,
            crate::SdkError<PingClusterError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "pingCluster",
            self.options,
            move |client| {
                let path = [
                    "/sources/",
                    &crate::request::path_segment(&self.source_id),
                    "/connector/ping-cluster",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::POST, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`SourcesApi::test_source_configuration`](SourcesApi::test_source_configuration), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type TestSourceConfigurationError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SourcesApi::test_source_configuration`](SourcesApi::test_source_configuration): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct TestSourceConfiguration {
    client: crate::Client,
    options: crate::request::Options,
    source_id: String,
}

impl TestSourceConfiguration {
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

    /// Sends the request: `POST /sources/{sourceId}/connector/test-configuration`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::StatusResponse,
            crate::SdkError<TestSourceConfigurationError>,
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
            crate::Response<models::StatusResponse>,
            crate::SdkError<TestSourceConfigurationError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "testSourceConfiguration",
            self.options,
            move |client| {
                let path = [
                    "/sources/",
                    &crate::request::path_segment(&self.source_id),
                    "/connector/test-configuration",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::POST, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`SourcesApi::get_source_config`](SourcesApi::get_source_config), each with the body the spec declares:
///
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors401_403_404_429_500`](crate::apis::errors::Errors401_403_404_429_500).
pub type GetSourceConfigError = crate::apis::errors::Errors401_403_404_429_500;

/// The request of [`SourcesApi::get_source_config`](SourcesApi::get_source_config): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetSourceConfig {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
    locale: Option<models::GetSourceConfigLocale>,
}

impl GetSourceConfig {
    /// The locale to apply to the config. If no viable locale is given, it will default to "en"
    #[inline]
    pub fn locale(mut self, locale: models::GetSourceConfigLocale) -> Self {
        self.locale = Some(locale);
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

    /// Sends the request: `GET /sources/{id}/connectors/source-config`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<models::ConnectorDetail, crate::SdkError<GetSourceConfigError>>,
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
            crate::Response<models::ConnectorDetail>,
            crate::SdkError<GetSourceConfigError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getSourceConfig",
            self.options,
            move |client| {
                let path = [
                    "/sources/",
                    &crate::request::path_segment(&self.id),
                    "/connectors/source-config",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                let mut query: Vec<(&str, String)> = Vec::new();
                if let Some(value) = &self.locale {
                    query.push(("locale", value.as_str().to_owned()));
                }
                request = request.query(&query);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`SourcesApi::get_native_change_detection_config`](SourcesApi::get_native_change_detection_config), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetNativeChangeDetectionConfigError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SourcesApi::get_native_change_detection_config`](SourcesApi::get_native_change_detection_config): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetNativeChangeDetectionConfig {
    client: crate::Client,
    options: crate::request::Options,
    source_id: String,
}

impl GetNativeChangeDetectionConfig {
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

    /// Sends the request: `GET /sources/{sourceId}/native-change-detection-config`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::NativeChangeDetectionConfig,
            crate::SdkError<GetNativeChangeDetectionConfigError>,
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
            crate::Response<models::NativeChangeDetectionConfig>,
            crate::SdkError<GetNativeChangeDetectionConfigError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getNativeChangeDetectionConfig",
            self.options,
            move |client| {
                let path = [
                    "/sources/",
                    &crate::request::path_segment(&self.source_id),
                    "/native-change-detection-config",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`SourcesApi::put_native_change_detection_config`](SourcesApi::put_native_change_detection_config), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type PutNativeChangeDetectionConfigError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SourcesApi::put_native_change_detection_config`](SourcesApi::put_native_change_detection_config): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PutNativeChangeDetectionConfig {
    client: crate::Client,
    options: crate::request::Options,
    source_id: String,
    native_change_detection_config: models::NativeChangeDetectionConfig,
}

impl PutNativeChangeDetectionConfig {
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

    /// Sends the request: `PUT /sources/{sourceId}/native-change-detection-config`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::NativeChangeDetectionConfig,
            crate::SdkError<PutNativeChangeDetectionConfigError>,
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
            crate::Response<models::NativeChangeDetectionConfig>,
            crate::SdkError<PutNativeChangeDetectionConfigError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "putNativeChangeDetectionConfig",
            self.options,
            move |client| {
                let path = [
                    "/sources/",
                    &crate::request::path_segment(&self.source_id),
                    "/native-change-detection-config",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::PUT, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.native_change_detection_config;
                    request = crate::request::with_json(
                        "putNativeChangeDetectionConfig",
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

/// The error statuses of [`SourcesApi::delete_native_change_detection_config`](SourcesApi::delete_native_change_detection_config), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type DeleteNativeChangeDetectionConfigError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SourcesApi::delete_native_change_detection_config`](SourcesApi::delete_native_change_detection_config): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteNativeChangeDetectionConfig {
    client: crate::Client,
    options: crate::request::Options,
    source_id: String,
}

impl DeleteNativeChangeDetectionConfig {
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

    /// Sends the request: `DELETE /sources/{sourceId}/native-change-detection-config`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<(), crate::SdkError<DeleteNativeChangeDetectionConfigError>>,
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
            crate::SdkError<DeleteNativeChangeDetectionConfigError>,
        >,
    > {
        crate::request::empty(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "deleteNativeChangeDetectionConfig",
            self.options,
            move |client| {
                let path = [
                    "/sources/",
                    &crate::request::path_segment(&self.source_id),
                    "/native-change-detection-config",
                ]
                    .concat();
                let request = client.request(reqwest::Method::DELETE, &path);
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`SourcesApi::list_provisioning_policies`](SourcesApi::list_provisioning_policies), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type ListProvisioningPoliciesError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SourcesApi::list_provisioning_policies`](SourcesApi::list_provisioning_policies): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListProvisioningPolicies {
    client: crate::Client,
    options: crate::request::Options,
    source_id: String,
}

impl ListProvisioningPolicies {
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

    /// Sends the request: `GET /sources/{sourceId}/provisioning-policies`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::ProvisioningPolicyDto>,
            crate::SdkError<ListProvisioningPoliciesError>,
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
            crate::Response<Vec<models::ProvisioningPolicyDto>>,
            crate::SdkError<ListProvisioningPoliciesError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "listProvisioningPolicies",
            self.options,
            move |client| {
                let path = [
                    "/sources/",
                    &crate::request::path_segment(&self.source_id),
                    "/provisioning-policies",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`SourcesApi::create_provisioning_policy`](SourcesApi::create_provisioning_policy), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type CreateProvisioningPolicyError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SourcesApi::create_provisioning_policy`](SourcesApi::create_provisioning_policy): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateProvisioningPolicy {
    client: crate::Client,
    options: crate::request::Options,
    source_id: String,
    provisioning_policy_dto: models::ProvisioningPolicyDto,
}

impl CreateProvisioningPolicy {
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

    /// Sends the request: `POST /sources/{sourceId}/provisioning-policies`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::ProvisioningPolicyDto,
            crate::SdkError<CreateProvisioningPolicyError>,
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
            crate::Response<models::ProvisioningPolicyDto>,
            crate::SdkError<CreateProvisioningPolicyError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "createProvisioningPolicy",
            self.options,
            move |client| {
                let path = [
                    "/sources/",
                    &crate::request::path_segment(&self.source_id),
                    "/provisioning-policies",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::POST, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.provisioning_policy_dto;
                    request = crate::request::with_json(
                        "createProvisioningPolicy",
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

/// The error statuses of [`SourcesApi::get_provisioning_policy`](SourcesApi::get_provisioning_policy), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetProvisioningPolicyError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SourcesApi::get_provisioning_policy`](SourcesApi::get_provisioning_policy): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetProvisioningPolicy {
    client: crate::Client,
    options: crate::request::Options,
    source_id: String,
    usage_type: models::UsageType,
}

impl GetProvisioningPolicy {
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

    /// Sends the request: `GET /sources/{sourceId}/provisioning-policies/{usageType}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::ProvisioningPolicyDto,
            crate::SdkError<GetProvisioningPolicyError>,
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
            crate::Response<models::ProvisioningPolicyDto>,
            crate::SdkError<GetProvisioningPolicyError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getProvisioningPolicy",
            self.options,
            move |client| {
                let path = [
                    "/sources/",
                    &crate::request::path_segment(&self.source_id),
                    "/provisioning-policies/",
                    &crate::request::path_segment(self.usage_type.as_str()),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`SourcesApi::put_provisioning_policy`](SourcesApi::put_provisioning_policy), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type PutProvisioningPolicyError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SourcesApi::put_provisioning_policy`](SourcesApi::put_provisioning_policy): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PutProvisioningPolicy {
    client: crate::Client,
    options: crate::request::Options,
    source_id: String,
    usage_type: models::UsageType,
    provisioning_policy_dto: models::ProvisioningPolicyDto,
}

impl PutProvisioningPolicy {
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

    /// Sends the request: `PUT /sources/{sourceId}/provisioning-policies/{usageType}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::ProvisioningPolicyDto,
            crate::SdkError<PutProvisioningPolicyError>,
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
            crate::Response<models::ProvisioningPolicyDto>,
            crate::SdkError<PutProvisioningPolicyError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "putProvisioningPolicy",
            self.options,
            move |client| {
                let path = [
                    "/sources/",
                    &crate::request::path_segment(&self.source_id),
                    "/provisioning-policies/",
                    &crate::request::path_segment(self.usage_type.as_str()),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::PUT, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.provisioning_policy_dto;
                    request = crate::request::with_json(
                        "putProvisioningPolicy",
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

/// The error statuses of [`SourcesApi::delete_provisioning_policy`](SourcesApi::delete_provisioning_policy), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type DeleteProvisioningPolicyError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SourcesApi::delete_provisioning_policy`](SourcesApi::delete_provisioning_policy): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteProvisioningPolicy {
    client: crate::Client,
    options: crate::request::Options,
    source_id: String,
    usage_type: models::UsageType,
}

impl DeleteProvisioningPolicy {
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

    /// Sends the request: `DELETE /sources/{sourceId}/provisioning-policies/{usageType}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<(), crate::SdkError<DeleteProvisioningPolicyError>>,
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
            crate::SdkError<DeleteProvisioningPolicyError>,
        >,
    > {
        crate::request::empty(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "deleteProvisioningPolicy",
            self.options,
            move |client| {
                let path = [
                    "/sources/",
                    &crate::request::path_segment(&self.source_id),
                    "/provisioning-policies/",
                    &crate::request::path_segment(self.usage_type.as_str()),
                ]
                    .concat();
                let request = client.request(reqwest::Method::DELETE, &path);
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`SourcesApi::update_provisioning_policy`](SourcesApi::update_provisioning_policy), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type UpdateProvisioningPolicyError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SourcesApi::update_provisioning_policy`](SourcesApi::update_provisioning_policy): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateProvisioningPolicy {
    client: crate::Client,
    options: crate::request::Options,
    source_id: String,
    usage_type: models::UsageType,
    v3_json_patch_operation: Vec<models::V3JsonPatchOperation>,
}

impl UpdateProvisioningPolicy {
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

    /// Sends the request: `PATCH /sources/{sourceId}/provisioning-policies/{usageType}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::ProvisioningPolicyDto,
            crate::SdkError<UpdateProvisioningPolicyError>,
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
            crate::Response<models::ProvisioningPolicyDto>,
            crate::SdkError<UpdateProvisioningPolicyError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "updateProvisioningPolicy",
            self.options,
            move |client| {
                let path = [
                    "/sources/",
                    &crate::request::path_segment(&self.source_id),
                    "/provisioning-policies/",
                    &crate::request::path_segment(self.usage_type.as_str()),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::PATCH, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.v3_json_patch_operation;
                    request = crate::request::with_json(
                        "updateProvisioningPolicy",
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

/// The error statuses of [`SourcesApi::update_provisioning_policies_in_bulk`](SourcesApi::update_provisioning_policies_in_bulk), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type UpdateProvisioningPoliciesInBulkError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SourcesApi::update_provisioning_policies_in_bulk`](SourcesApi::update_provisioning_policies_in_bulk): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateProvisioningPoliciesInBulk {
    client: crate::Client,
    options: crate::request::Options,
    source_id: String,
    provisioning_policy_dto: Vec<models::ProvisioningPolicyDto>,
}

impl UpdateProvisioningPoliciesInBulk {
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

    /// Sends the request: `POST /sources/{sourceId}/provisioning-policies/bulk-update`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::ProvisioningPolicyDto>,
            crate::SdkError<UpdateProvisioningPoliciesInBulkError>,
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
            crate::Response<Vec<models::ProvisioningPolicyDto>>,
            crate::SdkError<UpdateProvisioningPoliciesInBulkError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "updateProvisioningPoliciesInBulk",
            self.options,
            move |client| {
                let path = [
                    "/sources/",
                    &crate::request::path_segment(&self.source_id),
                    "/provisioning-policies/bulk-update",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::POST, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.provisioning_policy_dto;
                    request = crate::request::with_json(
                        "updateProvisioningPoliciesInBulk",
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

/// The error statuses of [`SourcesApi::delete_accounts_async`](SourcesApi::delete_accounts_async), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type DeleteAccountsAsyncError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`SourcesApi::delete_accounts_async`](SourcesApi::delete_accounts_async): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteAccountsAsync {
    client: crate::Client,
    options: crate::request::Options,
    source_id: String,
}

impl DeleteAccountsAsync {
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

    /// Sends the request: `POST /sources/{sourceId}/remove-accounts`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<models::TaskResultDto, crate::SdkError<DeleteAccountsAsyncError>>,
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
            crate::Response<models::TaskResultDto>,
            crate::SdkError<DeleteAccountsAsyncError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "deleteAccountsAsync",
            self.options,
            move |client| {
                let path = [
                    "/sources/",
                    &crate::request::path_segment(&self.source_id),
                    "/remove-accounts",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::POST, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`SourcesApi::get_source_schemas`](SourcesApi::get_source_schemas), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetSourceSchemasError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SourcesApi::get_source_schemas`](SourcesApi::get_source_schemas): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetSourceSchemas {
    client: crate::Client,
    options: crate::request::Options,
    source_id: String,
    include_types: Option<models::GetSourceSchemasIncludeTypes>,
    include_names: Option<String>,
}

impl GetSourceSchemas {
    /// If set to 'group', then the account schema is filtered and only group schemas are returned. Only a value of 'group' is recognized presently.
    /// Note: The API will check whether include-types is group or not, if not, it will list schemas based on include-names, if include-names is not provided, it will list all schemas.
    #[inline]
    pub fn include_types(
        mut self,
        include_types: models::GetSourceSchemasIncludeTypes,
    ) -> Self {
        self.include_types = Some(include_types);
        self
    }

    /// A comma-separated list of schema names to filter result.
    #[inline]
    pub fn include_names(mut self, include_names: impl Into<String>) -> Self {
        self.include_names = Some(include_names.into());
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

    /// Sends the request: `GET /sources/{sourceId}/schemas`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<Vec<models::Schema>, crate::SdkError<GetSourceSchemasError>>,
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
            crate::Response<Vec<models::Schema>>,
            crate::SdkError<GetSourceSchemasError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getSourceSchemas",
            self.options,
            move |client| {
                let path = [
                    "/sources/",
                    &crate::request::path_segment(&self.source_id),
                    "/schemas",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                let mut query: Vec<(&str, String)> = Vec::new();
                if let Some(value) = &self.include_types {
                    query.push(("include-types", value.as_str().to_owned()));
                }
                if let Some(value) = &self.include_names {
                    query.push(("include-names", value.clone()));
                }
                request = request.query(&query);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`SourcesApi::create_source_schema`](SourcesApi::create_source_schema), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type CreateSourceSchemaError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`SourcesApi::create_source_schema`](SourcesApi::create_source_schema): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateSourceSchema {
    client: crate::Client,
    options: crate::request::Options,
    source_id: String,
    schema: models::Schema,
}

impl CreateSourceSchema {
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

    /// Sends the request: `POST /sources/{sourceId}/schemas`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<models::Schema, crate::SdkError<CreateSourceSchemaError>>,
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
            crate::Response<models::Schema>,
            crate::SdkError<CreateSourceSchemaError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "createSourceSchema",
            self.options,
            move |client| {
                let path = [
                    "/sources/",
                    &crate::request::path_segment(&self.source_id),
                    "/schemas",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::POST, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.schema;
                    request = crate::request::with_json(
                        "createSourceSchema",
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

/// The error statuses of [`SourcesApi::get_source_schema`](SourcesApi::get_source_schema), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetSourceSchemaError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SourcesApi::get_source_schema`](SourcesApi::get_source_schema): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetSourceSchema {
    client: crate::Client,
    options: crate::request::Options,
    source_id: String,
    schema_id: String,
}

impl GetSourceSchema {
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

    /// Sends the request: `GET /sources/{sourceId}/schemas/{schemaId}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<models::Schema, crate::SdkError<GetSourceSchemaError>>,
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
            crate::Response<models::Schema>,
            crate::SdkError<GetSourceSchemaError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getSourceSchema",
            self.options,
            move |client| {
                let path = [
                    "/sources/",
                    &crate::request::path_segment(&self.source_id),
                    "/schemas/",
                    &crate::request::path_segment(&self.schema_id),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`SourcesApi::put_source_schema`](SourcesApi::put_source_schema), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type PutSourceSchemaError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SourcesApi::put_source_schema`](SourcesApi::put_source_schema): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PutSourceSchema {
    client: crate::Client,
    options: crate::request::Options,
    source_id: String,
    schema_id: String,
    schema: models::Schema,
}

impl PutSourceSchema {
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

    /// Sends the request: `PUT /sources/{sourceId}/schemas/{schemaId}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<models::Schema, crate::SdkError<PutSourceSchemaError>>,
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
            crate::Response<models::Schema>,
            crate::SdkError<PutSourceSchemaError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "putSourceSchema",
            self.options,
            move |client| {
                let path = [
                    "/sources/",
                    &crate::request::path_segment(&self.source_id),
                    "/schemas/",
                    &crate::request::path_segment(&self.schema_id),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::PUT, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.schema;
                    request = crate::request::with_json(
                        "putSourceSchema",
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

/// The error statuses of [`SourcesApi::delete_source_schema`](SourcesApi::delete_source_schema), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type DeleteSourceSchemaError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SourcesApi::delete_source_schema`](SourcesApi::delete_source_schema): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteSourceSchema {
    client: crate::Client,
    options: crate::request::Options,
    source_id: String,
    schema_id: String,
}

impl DeleteSourceSchema {
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

    /// Sends the request: `DELETE /sources/{sourceId}/schemas/{schemaId}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<(), crate::SdkError<DeleteSourceSchemaError>>> {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<crate::Response<()>, crate::SdkError<DeleteSourceSchemaError>>,
    > {
        crate::request::empty(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "deleteSourceSchema",
            self.options,
            move |client| {
                let path = [
                    "/sources/",
                    &crate::request::path_segment(&self.source_id),
                    "/schemas/",
                    &crate::request::path_segment(&self.schema_id),
                ]
                    .concat();
                let request = client.request(reqwest::Method::DELETE, &path);
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`SourcesApi::update_source_schema`](SourcesApi::update_source_schema), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type UpdateSourceSchemaError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SourcesApi::update_source_schema`](SourcesApi::update_source_schema): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateSourceSchema {
    client: crate::Client,
    options: crate::request::Options,
    source_id: String,
    schema_id: String,
    json_patch_operation: Vec<models::JsonPatchOperation>,
}

impl UpdateSourceSchema {
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

    /// Sends the request: `PATCH /sources/{sourceId}/schemas/{schemaId}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<models::Schema, crate::SdkError<UpdateSourceSchemaError>>,
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
            crate::Response<models::Schema>,
            crate::SdkError<UpdateSourceSchemaError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "updateSourceSchema",
            self.options,
            move |client| {
                let path = [
                    "/sources/",
                    &crate::request::path_segment(&self.source_id),
                    "/schemas/",
                    &crate::request::path_segment(&self.schema_id),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::PATCH, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.json_patch_operation;
                    request = crate::request::with_json(
                        "updateSourceSchema",
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

/// The error statuses of [`SourcesApi::get_source_accounts_schema`](SourcesApi::get_source_accounts_schema), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetSourceAccountsSchemaError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SourcesApi::get_source_accounts_schema`](SourcesApi::get_source_accounts_schema): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetSourceAccountsSchema {
    client: crate::Client,
    options: crate::request::Options,
    source_id: String,
}

impl GetSourceAccountsSchema {
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

    /// Sends the request: `GET /sources/{sourceId}/schemas/accounts`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<Vec<u8>, crate::SdkError<GetSourceAccountsSchemaError>>,
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
            crate::Response<Vec<u8>>,
            crate::SdkError<GetSourceAccountsSchemaError>,
        >,
    > {
        crate::request::bytes(self.call())
    }

    /// Sends the request, as [`send`](Self::send), and returns the file as a stream of chunks
    /// as they arrive rather than buffered whole: for large downloads.
    #[inline]
    pub fn send_streaming(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Response<crate::ByteStream>,
            crate::SdkError<GetSourceAccountsSchemaError>,
        >,
    > {
        crate::request::streaming(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getSourceAccountsSchema",
            self.options,
            move |client| {
                let path = [
                    "/sources/",
                    &crate::request::path_segment(&self.source_id),
                    "/schemas/accounts",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                request = request.header(reqwest::header::ACCEPT, "text/csv");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`SourcesApi::import_source_accounts_schema`](SourcesApi::import_source_accounts_schema), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type ImportSourceAccountsSchemaError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`SourcesApi::import_source_accounts_schema`](SourcesApi::import_source_accounts_schema): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ImportSourceAccountsSchema {
    client: crate::Client,
    options: crate::request::Options,
    upload: crate::request::Upload,
    source_id: String,
    import_source_accounts_schema_request: models::ImportSourceAccountsSchemaRequest,
}

impl ImportSourceAccountsSchema {
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

    /// Sends the request: `POST /sources/{sourceId}/schemas/accounts`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<models::Schema, crate::SdkError<ImportSourceAccountsSchemaError>>,
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
            crate::Response<models::Schema>,
            crate::SdkError<ImportSourceAccountsSchemaError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "importSourceAccountsSchema",
            self.options,
            move |client| {
                let path = [
                    "/sources/",
                    &crate::request::path_segment(&self.source_id),
                    "/schemas/accounts",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::POST, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.import_source_accounts_schema_request;
                    request = request
                        .multipart({
                            let mut form = reqwest::multipart::Form::new();
                            if let Some(part) = &value.file {
                                form = form
                                    .part(
                                        "file",
                                        crate::request::file_part(
                                            part.clone(),
                                            "file",
                                            &self.upload,
                                        )?,
                                    );
                            }
                            form
                        });
                }
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`SourcesApi::get_source_entitlements_schema`](SourcesApi::get_source_entitlements_schema), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetSourceEntitlementsSchemaError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SourcesApi::get_source_entitlements_schema`](SourcesApi::get_source_entitlements_schema): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetSourceEntitlementsSchema {
    client: crate::Client,
    options: crate::request::Options,
    source_id: String,
    schema_name: Option<String>,
}

impl GetSourceEntitlementsSchema {
    /// Name of entitlement schema
    #[inline]
    pub fn schema_name(mut self, schema_name: impl Into<String>) -> Self {
        self.schema_name = Some(schema_name.into());
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

    /// Sends the request: `GET /sources/{sourceId}/schemas/entitlements`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<Vec<u8>, crate::SdkError<GetSourceEntitlementsSchemaError>>,
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
            crate::Response<Vec<u8>>,
            crate::SdkError<GetSourceEntitlementsSchemaError>,
        >,
    > {
        crate::request::bytes(self.call())
    }

    /// Sends the request, as [`send`](Self::send), and returns the file as a stream of chunks
    /// as they arrive rather than buffered whole: for large downloads.
    #[inline]
    pub fn send_streaming(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Response<crate::ByteStream>,
            crate::SdkError<GetSourceEntitlementsSchemaError>,
        >,
    > {
        crate::request::streaming(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getSourceEntitlementsSchema",
            self.options,
            move |client| {
                let path = [
                    "/sources/",
                    &crate::request::path_segment(&self.source_id),
                    "/schemas/entitlements",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                let mut query: Vec<(&str, String)> = Vec::new();
                if let Some(value) = &self.schema_name {
                    query.push(("schemaName", value.clone()));
                }
                request = request.query(&query);
                request = request.header(reqwest::header::ACCEPT, "text/csv");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`SourcesApi::import_source_entitlements_schema`](SourcesApi::import_source_entitlements_schema), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type ImportSourceEntitlementsSchemaError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`SourcesApi::import_source_entitlements_schema`](SourcesApi::import_source_entitlements_schema): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ImportSourceEntitlementsSchema {
    client: crate::Client,
    options: crate::request::Options,
    upload: crate::request::Upload,
    source_id: String,
    schema_name: Option<String>,
    import_source_entitlements_schema_request: models::ImportSourceEntitlementsSchemaRequest,
}

impl ImportSourceEntitlementsSchema {
    /// Name of entitlement schema
    #[inline]
    pub fn schema_name(mut self, schema_name: impl Into<String>) -> Self {
        self.schema_name = Some(schema_name.into());
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

    /// Sends the request: `POST /sources/{sourceId}/schemas/entitlements`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Schema,
            crate::SdkError<ImportSourceEntitlementsSchemaError>,
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
            crate::Response<models::Schema>,
            crate::SdkError<ImportSourceEntitlementsSchemaError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "importSourceEntitlementsSchema",
            self.options,
            move |client| {
                let path = [
                    "/sources/",
                    &crate::request::path_segment(&self.source_id),
                    "/schemas/entitlements",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::POST, &path);
                let mut query: Vec<(&str, String)> = Vec::new();
                if let Some(value) = &self.schema_name {
                    query.push(("schemaName", value.clone()));
                }
                request = request.query(&query);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.import_source_entitlements_schema_request;
                    request = request
                        .multipart({
                            let mut form = reqwest::multipart::Form::new();
                            if let Some(part) = &value.file {
                                form = form
                                    .part(
                                        "file",
                                        crate::request::file_part(
                                            part.clone(),
                                            "file",
                                            &self.upload,
                                        )?,
                                    );
                            }
                            form
                        });
                }
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`SourcesApi::import_source_connector_file`](SourcesApi::import_source_connector_file), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type ImportSourceConnectorFileError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`SourcesApi::import_source_connector_file`](SourcesApi::import_source_connector_file): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ImportSourceConnectorFile {
    client: crate::Client,
    options: crate::request::Options,
    upload: crate::request::Upload,
    source_id: String,
    import_source_connector_file_request: models::ImportSourceConnectorFileRequest,
}

impl ImportSourceConnectorFile {
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

    /// Sends the request: `POST /sources/{sourceId}/upload-connector-file`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<models::Source, crate::SdkError<ImportSourceConnectorFileError>>,
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
            crate::Response<models::Source>,
            crate::SdkError<ImportSourceConnectorFileError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "importSourceConnectorFile",
            self.options,
            move |client| {
                let path = [
                    "/sources/",
                    &crate::request::path_segment(&self.source_id),
                    "/upload-connector-file",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::POST, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.import_source_connector_file_request;
                    request = request
                        .multipart({
                            let mut form = reqwest::multipart::Form::new();
                            if let Some(part) = &value.file {
                                form = form
                                    .part(
                                        "file",
                                        crate::request::file_part(
                                            part.clone(),
                                            "file",
                                            &self.upload,
                                        )?,
                                    );
                            }
                            form
                        });
                }
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`SourcesApi::sync_attributes_for_source`](SourcesApi::sync_attributes_for_source), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type SyncAttributesForSourceError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SourcesApi::sync_attributes_for_source`](SourcesApi::sync_attributes_for_source): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct SyncAttributesForSource {
    client: crate::Client,
    options: crate::request::Options,
    source_id: String,
}

impl SyncAttributesForSource {
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

    /// Sends the request: `POST /sources/{sourceId}/synchronize-attributes`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::SourceSyncJob,
            crate::SdkError<SyncAttributesForSourceError>,
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
            crate::Response<models::SourceSyncJob>,
            crate::SdkError<SyncAttributesForSourceError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "syncAttributesForSource",
            self.options,
            move |client| {
                let path = [
                    "/sources/",
                    &crate::request::path_segment(&self.source_id),
                    "/synchronize-attributes",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::POST, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`SourcesApi::get_source_entitlement_request_config`](SourcesApi::get_source_entitlement_request_config), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type GetSourceEntitlementRequestConfigError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`SourcesApi::get_source_entitlement_request_config`](SourcesApi::get_source_entitlement_request_config): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetSourceEntitlementRequestConfig {
    client: crate::Client,
    options: crate::request::Options,
    source_id: String,
}

impl GetSourceEntitlementRequestConfig {
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

    /// Sends the request: `GET /sources/{sourceId}/entitlement-request-config`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::SourceEntitlementRequestConfig,
            crate::SdkError<GetSourceEntitlementRequestConfigError>,
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
            crate::Response<models::SourceEntitlementRequestConfig>,
            crate::SdkError<GetSourceEntitlementRequestConfigError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getSourceEntitlementRequestConfig",
            self.options,
            move |client| {
                let path = [
                    "/sources/",
                    &crate::request::path_segment(&self.source_id),
                    "/entitlement-request-config",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`SourcesApi::update_source_entitlement_request_config`](SourcesApi::update_source_entitlement_request_config), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type UpdateSourceEntitlementRequestConfigError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`SourcesApi::update_source_entitlement_request_config`](SourcesApi::update_source_entitlement_request_config): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateSourceEntitlementRequestConfig {
    client: crate::Client,
    options: crate::request::Options,
    source_id: String,
    source_entitlement_request_config: models::SourceEntitlementRequestConfig,
}

impl UpdateSourceEntitlementRequestConfig {
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

    /// Sends the request: `PUT /sources/{sourceId}/entitlement-request-config`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::SourceEntitlementRequestConfig,
            crate::SdkError<UpdateSourceEntitlementRequestConfigError>,
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
            crate::Response<models::SourceEntitlementRequestConfig>,
            crate::SdkError<UpdateSourceEntitlementRequestConfigError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "updateSourceEntitlementRequestConfig",
            self.options,
            move |client| {
                let path = [
                    "/sources/",
                    &crate::request::path_segment(&self.source_id),
                    "/entitlement-request-config",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::PUT, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.source_entitlement_request_config;
                    request = crate::request::with_json(
                        "updateSourceEntitlementRequestConfig",
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

/// The error statuses of [`SourcesApi::import_accounts`](SourcesApi::import_accounts), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type ImportAccountsError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`SourcesApi::import_accounts`](SourcesApi::import_accounts): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ImportAccounts {
    client: crate::Client,
    options: crate::request::Options,
    upload: crate::request::Upload,
    source_id: String,
    import_accounts_request: Option<models::ImportAccountsRequest>,
}

impl ImportAccounts {
    /// The request body.
    #[inline]
    pub fn import_accounts_request(
        mut self,
        import_accounts_request: models::ImportAccountsRequest,
    ) -> Self {
        self.import_accounts_request = Some(import_accounts_request);
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

    /// Sends the request: `POST /sources/{sourceId}/load-accounts`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<models::LoadAccountsTask, crate::SdkError<ImportAccountsError>>,
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
            crate::Response<models::LoadAccountsTask>,
            crate::SdkError<ImportAccountsError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "importAccounts",
            self.options,
            move |client| {
                let path = [
                    "/sources/",
                    &crate::request::path_segment(&self.source_id),
                    "/load-accounts",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::POST, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                if let Some(value) = &self.import_accounts_request {
                    request = request
                        .multipart({
                            let mut form = reqwest::multipart::Form::new();
                            if let Some(part) = &value.file {
                                form = form
                                    .part(
                                        "file",
                                        crate::request::file_part(
                                            part.clone(),
                                            "file",
                                            &self.upload,
                                        )?,
                                    );
                            }
                            if let Some(part) = &value.disable_optimization {
                                form = form
                                    .part(
                                        "disableOptimization",
                                        crate::request::text_part(part.as_str().to_owned()),
                                    );
                            }
                            form
                        });
                }
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`SourcesApi::import_entitlements`](SourcesApi::import_entitlements), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type ImportEntitlementsError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`SourcesApi::import_entitlements`](SourcesApi::import_entitlements): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ImportEntitlements {
    client: crate::Client,
    options: crate::request::Options,
    upload: crate::request::Upload,
    source_id: String,
    import_entitlements_request: Option<models::ImportEntitlementsRequest>,
}

impl ImportEntitlements {
    /// The request body.
    #[inline]
    pub fn import_entitlements_request(
        mut self,
        import_entitlements_request: models::ImportEntitlementsRequest,
    ) -> Self {
        self.import_entitlements_request = Some(import_entitlements_request);
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

    /// Sends the request: `POST /sources/{sourceId}/load-entitlements`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::LoadEntitlementTask,
            crate::SdkError<ImportEntitlementsError>,
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
            crate::Response<models::LoadEntitlementTask>,
            crate::SdkError<ImportEntitlementsError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "importEntitlements",
            self.options,
            move |client| {
                let path = [
                    "/sources/",
                    &crate::request::path_segment(&self.source_id),
                    "/load-entitlements",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::POST, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                if let Some(value) = &self.import_entitlements_request {
                    request = request
                        .multipart({
                            let mut form = reqwest::multipart::Form::new();
                            if let Some(part) = &value.file {
                                form = form
                                    .part(
                                        "file",
                                        crate::request::file_part(
                                            part.clone(),
                                            "file",
                                            &self.upload,
                                        )?,
                                    );
                            }
                            form
                        });
                }
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`SourcesApi::import_uncorrelated_accounts`](SourcesApi::import_uncorrelated_accounts), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type ImportUncorrelatedAccountsError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`SourcesApi::import_uncorrelated_accounts`](SourcesApi::import_uncorrelated_accounts): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ImportUncorrelatedAccounts {
    client: crate::Client,
    options: crate::request::Options,
    upload: crate::request::Upload,
    source_id: String,
    import_uncorrelated_accounts_request: Option<
        models::ImportUncorrelatedAccountsRequest,
    >,
}

impl ImportUncorrelatedAccounts {
    /// The request body.
    #[inline]
    pub fn import_uncorrelated_accounts_request(
        mut self,
        import_uncorrelated_accounts_request: models::ImportUncorrelatedAccountsRequest,
    ) -> Self {
        self.import_uncorrelated_accounts_request = Some(
            import_uncorrelated_accounts_request,
        );
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

    /// Sends the request: `POST /sources/{sourceId}/load-uncorrelated-accounts`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::LoadUncorrelatedAccountsTask,
            crate::SdkError<ImportUncorrelatedAccountsError>,
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
            crate::Response<models::LoadUncorrelatedAccountsTask>,
            crate::SdkError<ImportUncorrelatedAccountsError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "importUncorrelatedAccounts",
            self.options,
            move |client| {
                let path = [
                    "/sources/",
                    &crate::request::path_segment(&self.source_id),
                    "/load-uncorrelated-accounts",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::POST, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                if let Some(value) = &self.import_uncorrelated_accounts_request {
                    request = request
                        .multipart({
                            let mut form = reqwest::multipart::Form::new();
                            if let Some(part) = &value.file {
                                form = form
                                    .part(
                                        "file",
                                        crate::request::file_part(
                                            part.clone(),
                                            "file",
                                            &self.upload,
                                        )?,
                                    );
                            }
                            form
                        });
                }
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`SourcesApi::get_correlation_config`](SourcesApi::get_correlation_config), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetCorrelationConfigError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SourcesApi::get_correlation_config`](SourcesApi::get_correlation_config): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetCorrelationConfig {
    client: crate::Client,
    options: crate::request::Options,
    source_id: String,
}

impl GetCorrelationConfig {
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

    /// Sends the request: `GET /sources/{sourceId}/correlation-config`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::CorrelationConfig,
            crate::SdkError<GetCorrelationConfigError>,
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
            crate::Response<models::CorrelationConfig>,
            crate::SdkError<GetCorrelationConfigError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getCorrelationConfig",
            self.options,
            move |client| {
                let path = [
                    "/sources/",
                    &crate::request::path_segment(&self.source_id),
                    "/correlation-config",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`SourcesApi::put_correlation_config`](SourcesApi::put_correlation_config), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type PutCorrelationConfigError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SourcesApi::put_correlation_config`](SourcesApi::put_correlation_config): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PutCorrelationConfig {
    client: crate::Client,
    options: crate::request::Options,
    source_id: String,
    correlation_config: models::CorrelationConfig,
}

impl PutCorrelationConfig {
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

    /// Sends the request: `PUT /sources/{sourceId}/correlation-config`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::CorrelationConfig,
            crate::SdkError<PutCorrelationConfigError>,
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
            crate::Response<models::CorrelationConfig>,
            crate::SdkError<PutCorrelationConfigError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "putCorrelationConfig",
            self.options,
            move |client| {
                let path = [
                    "/sources/",
                    &crate::request::path_segment(&self.source_id),
                    "/correlation-config",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::PUT, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.correlation_config;
                    request = crate::request::with_json(
                        "putCorrelationConfig",
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
