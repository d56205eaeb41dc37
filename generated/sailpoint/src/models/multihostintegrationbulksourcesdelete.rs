//! `Multihostintegrationbulksourcesdelete`, from `apis/multi-host-integration/schemas/multihostintegrationbulksourcesdelete.yaml`.

/// List of source IDs to delete within multi-host integration.
pub type Multihostintegrationbulksourcesdelete = Vec<String>;
