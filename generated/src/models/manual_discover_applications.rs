//! `ManualDiscoverApplications`, from `beta/schemas/ManualDiscoverApplications.yaml`.

/// `ManualDiscoverApplications` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ManualDiscoverApplications {
    /// The CSV file to upload containing `application_name` and `description` columns. Each row represents an application to be discovered.
    #[serde(default)]
    pub file: Vec<u8>,
}

impl ManualDiscoverApplications {
    /// Builds the value from its required fields.
    pub fn new(file: Vec<u8>) -> Self {
        ManualDiscoverApplications { file }
    }
}
